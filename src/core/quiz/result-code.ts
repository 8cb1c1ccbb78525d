/**
 * Result codes: a short text a student hands in without any account.
 *
 *   <seed> . <body> [ . <name> ]
 *
 * The body, in Crockford base32 (case-insensitive, no I/L/O/U), holds a format
 * version, the generator version (format 2 on; a format 1 code was made by
 * generator version 1), a fingerprint of the content id and version, the quiz options, every
 * answer packed into one mixed-radix number (each question's radix comes from
 * the quiz itself, which the teacher's page rebuilds from the same seed), and
 * a checksum over all of it, name included. The checksum catches typos and
 * truncation; it does not stop a student who edits a code on purpose.
 */
import type { Content } from '../content/schema.js';
import { isCorrect, scoreAnswer } from '../questions/answers.js';
import { QUESTION_TYPES, type Answer, type Question } from '../questions/types.js';
import { GENERATOR_VERSION } from '../questions/version.js';
import { DEFAULT_CHECKS_SEED } from '../questions/checks-setting.js';
import { hashString } from '../random.js';
import { roundScore, type SessionOptions } from './session.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Format 2 added the generator version after the format digit; format 1 had none (generator version 1 made it). */
const FORMAT = 2;
/** Base32 digits that hold the generator version (up to 1023). */
const VERSION_DIGITS = 2;

function toBase32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value % 32n)]! + out;
    value /= 32n;
  }
  return out;
}

/** Reads base32, forgiving the usual misreadings (O→0, I/L→1) and case. */
function fromBase32(text: string): bigint | undefined {
  let value = 0n;
  for (const char of text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1')) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 32n + BigInt(digit);
  }
  return value;
}

const checksum = (text: string) => toBase32(BigInt(hashString(`ece-result:${text}`) & 0xfffff), 4);
const contentFingerprint = (content: Content) => toBase32(BigInt(hashString(`${content.id}@${content.version}`) & 0xfffff), 4);

/** Percent-encodes a seed or name, dots included, since dots separate the parts. */
const encodePart = (text: string) => encodeURIComponent(text).replace(/\./g, '%2E');

const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));

/** How many distinct values one question's answer can take (0 always means "no answer"). */
function radix(question: Question): bigint {
  switch (question.type) {
    case 'fill-blank':
      return 3n; // none, wrong, right
    case 'select-all':
      return 2n ** BigInt(question.options.length);
    case 'order':
      return factorial(question.options.length) + 1n;
    case 'match':
      return BigInt(question.options.length + 1) ** BigInt(question.items.length);
    default:
      return BigInt(question.options.length + 1);
  }
}

/** The position of a permutation among all permutations of `ids` (Lehmer code). */
function permutationIndex(order: string[], ids: string[]): bigint | undefined {
  const remaining = [...ids];
  let index = 0n;
  for (let i = 0; i < order.length; i++) {
    const at = remaining.indexOf(order[i]!);
    if (at < 0) return undefined;
    index += BigInt(at) * factorial(remaining.length - 1);
    remaining.splice(at, 1);
  }
  return index;
}

function permutationAt(index: bigint, ids: string[]): string[] {
  const remaining = [...ids];
  const out: string[] = [];
  while (remaining.length) {
    const size = factorial(remaining.length - 1);
    const at = Number(index / size);
    index %= size;
    out.push(remaining.splice(at, 1)[0]!);
  }
  return out;
}

function encodeAnswer(question: Question, answer: Answer | undefined): bigint {
  if (answer === undefined) return 0n;
  const ids = 'options' in question ? question.options.map((option) => option.id) : [];
  switch (question.type) {
    case 'fill-blank':
      return typeof answer === 'string' && answer.trim() ? (isCorrect(question, answer) ? 2n : 1n) : 0n;
    case 'select-all':
      return Array.isArray(answer) ? ids.reduce((bits, id, i) => (answer.includes(id) ? bits | (1n << BigInt(i)) : bits), 0n) : 0n;
    case 'order': {
      const index = Array.isArray(answer) && answer.length === ids.length ? permutationIndex(answer, ids) : undefined;
      return index === undefined ? 0n : index + 1n;
    }
    case 'match': {
      if (typeof answer !== 'object' || Array.isArray(answer)) return 0n;
      const base = BigInt(ids.length + 1);
      return question.items.reduce((value, item) => value * base + BigInt(ids.indexOf(answer[item.id] ?? '') + 1), 0n);
    }
    default: {
      const at = typeof answer === 'string' ? ids.indexOf(answer) : -1;
      return BigInt(at + 1);
    }
  }
}

/** An answer back from its code. Fill-in answers come back as right or wrong only. */
export type DecodedAnswer = Answer | { fillBlank: 'right' | 'wrong' } | null;

function decodeAnswer(question: Question, value: bigint): DecodedAnswer {
  if (value === 0n) return null;
  const ids = 'options' in question ? question.options.map((option) => option.id) : [];
  switch (question.type) {
    case 'fill-blank':
      return { fillBlank: value === 2n ? 'right' : 'wrong' };
    case 'select-all':
      return ids.filter((_, i) => (value >> BigInt(i)) & 1n);
    case 'order':
      return permutationAt(value - 1n, ids);
    case 'match': {
      const base = BigInt(ids.length + 1);
      const out: Record<string, string> = {};
      for (let i = question.items.length - 1; i >= 0; i--) {
        const digit = Number(value % base);
        value /= base;
        if (digit > 0) out[question.items[i]!.id] = ids[digit - 1]!;
      }
      return out;
    }
    default:
      return ids[Number(value) - 1] ?? null;
  }
}

/** Whether a decoded answer is right. */
export function isDecodedCorrect(question: Question, answer: DecodedAnswer): boolean {
  return decodedCredit(question, answer) === 1;
}

/** The credit (0–1, see `scoreAnswer`) of a decoded answer; fill-in answers stay right (1) or wrong (0). */
export function decodedCredit(question: Question, answer: DecodedAnswer): number {
  if (answer === null) return 0;
  if (typeof answer === 'object' && !Array.isArray(answer) && 'fillBlank' in answer) return answer.fillBlank === 'right' ? 1 : 0;
  return scoreAnswer(question, answer as Answer).credit;
}

/** A code's checks bits (12–14, as 0–7), in words. */
function checksMade(bits: number): string {
  const per = bits & 3;
  if (per === 0) return 'without checks in the text';
  if (per === 3) return 'after checks from another seed (a quiz restarted with "New quiz"), which no page can rebuild';
  return `after checks after each ${per === 1 ? 'theme' : 'section'} ${bits & 4 ? 'drawn from the quiz code' : 'drawn from the default seed (a page without a seed)'}`;
}

function optionsPart(content: Content, options: SessionOptions): string {
  const typeBits = QUESTION_TYPES.reduce((bits, type, i) => (options.types.includes(type) ? bits | (1 << i) : bits), 0);
  const themeBits = content.themes.reduce((bits, theme, i) => (options.themes.includes(theme.id) ? bits | (1 << i) : bits), 0);
  // Bit 0: test mode; bits 1–10: the chosen types; bit 11: a core-only quiz (0 in codes made before scopes existed);
  // bits 12–13: the checks in the text (0 none, 1 after each theme, 2 after each section); bit 14: the checks
  // were drawn from the quiz's own seed (a class quiz) rather than the default one.
  // 3 in bits 12–13: checks drawn from a seed that is neither (a quiz restarted with "New quiz" on a page
  // with a seed avoids the page's checks): no page can rebuild that quiz, and the code says so.
  const checks = !options.checks
    ? 0
    : options.checks.seed === options.seed
      ? (options.checks.per === 'theme' ? 1 : 2) | 4
      : options.checks.seed === DEFAULT_CHECKS_SEED
        ? options.checks.per === 'theme'
          ? 1
          : 2
        : 3;
  const flags = BigInt((checks << 12) | (options.scope === 'core' ? 1 << 11 : 0) | (typeBits << 1) | (options.mode === 'test' ? 1 : 0));
  return toBase32(BigInt(Math.min(options.count, 1023)), 2) + toBase32(flags, 3) + toBase32(BigInt(themeBits & 0x3ff), 2);
}

/**
 * Makes the result code of a finished quiz. `generatorVersion` is the version of the
 * generator that made `questions` (default: this one); it is a parameter for tests.
 */
export function encodeResultCode(
  content: Content,
  options: SessionOptions,
  questions: Question[],
  answers: Record<string, Answer>,
  name = '',
  generatorVersion = GENERATOR_VERSION,
): string {
  let packed = 0n;
  for (const question of questions) packed = packed * radix(question) + encodeAnswer(question, answers[question.id]);
  const capacity = questions.reduce((total, question) => total * radix(question), 1n);
  const digits = Math.max(1, Math.ceil(capacity.toString(2).length / 5));
  const seed = encodePart(options.seed);
  const cleanName = name.trim().replace(/\s+/g, ' ').slice(0, 40);
  const body = `${FORMAT}${toBase32(BigInt(generatorVersion), VERSION_DIGITS)}${contentFingerprint(content)}${optionsPart(content, options)}${toBase32(BigInt(questions.length), 2)}${toBase32(packed, digits)}`;
  const sum = checksum(`${seed}.${body}.${cleanName}`);
  return `${seed}.${body}${sum}${cleanName ? `.${encodePart(cleanName)}` : ''}`;
}

export type DecodedResult =
  | {
      ok: true;
      seed: string;
      name: string;
      answers: DecodedAnswer[];
      /** Per question: wholly right. */
      correct: boolean[];
      /** Per question: the credit, 0–1 (rounded to 2 decimals; fill-in answers 0 or 1). */
      credit: number[];
      /** The sum of the credits, rounded to 2 decimals. */
      score: number;
      total: number;
    }
  | {
      ok: false;
      /**
       * `damaged`: not readable (typo, truncation). `other-quiz`: another seed, options or content.
       * `other-version`: made by another version of the quiz generator, so its answers belong to
       * questions this page cannot rebuild: never scored.
       */
      reason: 'damaged' | 'other-quiz' | 'other-version';
      message: string;
      /** With `other-version`: the generator version that made the code (1 for format 1 codes), when known. */
      generatorVersion?: number;
    };

/**
 * Reads a result code against the quiz the teacher set (content, options and
 * its questions, made by generator `generatorVersion`, by default this one).
 * Never throws: a bad code gets a reason.
 */
export function decodeResultCode(
  code: string,
  content: Content,
  options: SessionOptions,
  questions: Question[],
  generatorVersion = GENERATOR_VERSION,
): DecodedResult {
  const damaged = (message: string): DecodedResult => ({ ok: false, reason: 'damaged', message });
  const trimmed = code.trim().replace(/\s+/g, '');
  const parts = trimmed.split('.');
  if (parts.length < 2 || parts.length > 3) return damaged('not a result code (expected two or three parts separated by dots)');
  const [seedPart, bodyWithSum, namePart = ''] = parts as [string, string, string?];
  let seed: string;
  let name: string;
  try {
    seed = decodeURIComponent(seedPart);
    name = decodeURIComponent(namePart);
  } catch {
    return damaged('the code has broken characters');
  }
  const normalizedBody = bodyWithSum.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (normalizedBody.length < 18) return damaged('the code is too short: part of it may be missing');
  const full = normalizedBody.slice(0, -4);
  if (checksum(`${seedPart}.${full}.${name}`) !== normalizedBody.slice(-4)) {
    return damaged('the checksum does not match: a character is wrong or missing');
  }
  // Format 1 had no generator version: generator version 1 made every such code.
  const format = full[0];
  let madeBy: number | undefined;
  let body: string;
  if (format === '1') {
    madeBy = 1;
    body = full.slice(1);
  } else if (format === String(FORMAT)) {
    const version = fromBase32(full.slice(1, 1 + VERSION_DIGITS));
    madeBy = version === undefined ? undefined : Number(version);
    body = full.slice(1 + VERSION_DIGITS);
  } else {
    madeBy = undefined;
    body = '';
  }
  if (madeBy !== generatorVersion) {
    const which = madeBy === undefined ? 'a newer version' : `version ${madeBy}`;
    return {
      ok: false,
      reason: 'other-version',
      message: `made by another version of the quiz generator (${which}; this page uses version ${generatorVersion}), so its answers are for other questions: ask the student to retake the quiz, or open the code with the version that made it`,
      ...(madeBy === undefined ? {} : { generatorVersion: madeBy }),
    };
  }
  if (body.slice(0, 4) !== contentFingerprint(content)) return { ok: false, reason: 'other-quiz', message: 'made with other content or another content version' };
  if (seed !== options.seed) return { ok: false, reason: 'other-quiz', message: `made for quiz code "${seed}", not "${options.seed}"` };
  const expected = optionsPart(content, options);
  const given = body.slice(4, 11);
  if (given !== expected) {
    // Count, flags (3 digits), themes. When only the checks bits (12–14) differ, say so: a class may
    // have had other checks in the text than the teacher page is set to.
    const flags = (part: string) => fromBase32(part.slice(2, 5)) ?? 0n;
    const checksOf = (part: string) => Number(flags(part) >> 12n);
    const onlyChecks = given.slice(0, 2) === expected.slice(0, 2) && given.slice(5) === expected.slice(5) && flags(given) % 4096n === flags(expected) % 4096n;
    const message = onlyChecks
      ? `made ${checksMade(checksOf(given))}, but this page is set to ${checksMade(checksOf(expected))}: choose the checks in the text the students had`
      : 'made with other quiz settings (number of questions, mode, types, themes or scope)';
    return { ok: false, reason: 'other-quiz', message };
  }
  const count = fromBase32(body.slice(11, 13));
  if (count === undefined || Number(count) !== questions.length) return { ok: false, reason: 'other-quiz', message: 'made for a quiz with another number of questions' };
  let packed = fromBase32(body.slice(13));
  if (packed === undefined) return damaged('the code has characters that are not allowed');
  const answers: DecodedAnswer[] = [];
  for (let i = questions.length - 1; i >= 0; i--) {
    const base = radix(questions[i]!);
    answers.unshift(decodeAnswer(questions[i]!, packed % base));
    packed /= base;
  }
  if (packed !== 0n) return damaged('the answers do not fit this quiz');
  const credits = questions.map((question, i) => decodedCredit(question, answers[i]!));
  return {
    ok: true,
    seed,
    name,
    answers,
    correct: credits.map((credit) => credit === 1),
    credit: credits.map(roundScore),
    score: roundScore(credits.reduce((sum, credit) => sum + credit, 0)),
    total: questions.length,
  };
}
