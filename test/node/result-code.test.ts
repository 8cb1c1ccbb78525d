import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answer, Question, QuestionType } from '../../src/core/questions/types.js';
import { isCorrect, scoreAnswer } from '../../src/core/questions/answers.js';
import { GENERATOR_VERSION } from '../../src/core/questions/version.js';
import { decodeResultCode, encodeResultCode } from '../../src/core/quiz/result-code.js';
import { startSession, type SessionOptions } from '../../src/core/quiz/session.js';
import { loadContent } from './helpers.js';

const content = loadContent('content/en.json');
const options: SessionOptions = { seed: 'class-7b', count: 10, mode: 'practice', types: [], themes: [] };
const baseOptions = options;
const { questions } = startSession(content, options, 0);

/** An answer of the right shape for a question, right or wrong, chosen by `pick`. */
function answerFor(question: Question, pick: number): Answer | undefined {
  if (pick % 7 === 0) return undefined;
  switch (question.type) {
    case 'fill-blank':
      return pick % 2 ? question.answer[0]! : 'something else';
    case 'select-all':
      return question.options.filter((_, i) => (pick >> i) & 1).map((o) => o.id);
    case 'order':
      return pick % 2 ? question.answer : [...question.answer].reverse();
    case 'match':
      return Object.fromEntries(question.items.map((item, i) => [item.id, question.options[(i + pick) % question.options.length]!.id]));
    default:
      return question.options[pick % question.options.length]!.id;
  }
}

test('a result code round-trips: same answers, same score', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(1000), { minLength: questions.length, maxLength: questions.length }), fc.string({ maxLength: 20 }), (picks, name) => {
      const answers: Record<string, Answer> = {};
      questions.forEach((q, i) => {
        const a = answerFor(q, picks[i]!);
        if (a !== undefined) answers[q.id] = a;
      });
      const code = encodeResultCode(content, options, questions, answers, name);
      const decoded = decodeResultCode(code, content, options, questions);
      assert.ok(decoded.ok, code);
      if (!decoded.ok) return;
      assert.equal(decoded.name, name.trim().replace(/\s+/g, ' ').slice(0, 40));
      assert.deepEqual(decoded.correct, questions.map((q) => isCorrect(q, answers[q.id])));
      const credits = questions.map((q) => scoreAnswer(q, answers[q.id]).credit);
      assert.deepEqual(decoded.credit, credits.map((c) => Math.round(c * 100) / 100));
      assert.equal(decoded.score, Math.round(credits.reduce((a, b) => a + b, 0) * 100) / 100);
      questions.forEach((q, i) => {
        const given = answers[q.id];
        const back = decoded.answers[i];
        if (q.type === 'fill-blank') {
          if (given === undefined || (typeof given === 'string' && !given.trim())) assert.equal(back, null);
          else assert.deepEqual(back, { fillBlank: isCorrect(q, given) ? 'right' : 'wrong' });
        } else if (given === undefined || (Array.isArray(given) && given.length === 0 && q.type === 'select-all')) {
          assert.ok(back === null || (Array.isArray(back) && back.length === 0));
        } else assert.deepEqual(back, given);
      });
    }),
    { numRuns: 300 },
  );
});

test('a result code keeps partial credit: match, order and select-all come back partly right, fill-in stays right or wrong', () => {
  // The fixture: the bundled lesson has few matches (names that tell what they are are never matched).
  const content = loadContent('test/fixtures/solar-system.json');
  // A quiz with one of each partial-credit type and a blank, from the first seed that gives one.
  const types: QuestionType[] = ['match', 'order', 'select-all', 'fill-blank'];
  let options: SessionOptions = { ...baseOptions, count: 6, types };
  let questions = startSession(content, options, 0).questions;
  for (let i = 0; types.some((type) => !questions.some((q) => q.type === type)); i++) {
    if (i > 500) throw new Error('no seed in 500 gives a match, an order and a select-all question');
    options = { ...baseOptions, count: 6, types, seed: `partial-${i}` };
    questions = startSession(content, options, 0).questions;
  }
  const answers: Record<string, Answer> = {};
  for (const q of questions) {
    if (q.type === 'match') {
      const [a, b] = q.items;
      answers[q.id] = { ...q.answer, [a!.id]: q.answer[b!.id]!, [b!.id]: q.answer[a!.id]! };
    } else if (q.type === 'order') answers[q.id] = [...q.answer.slice(1), q.answer[0]!];
    else if (q.type === 'select-all') answers[q.id] = q.answer.slice(1);
    else if (q.type === 'fill-blank') answers[q.id] = q.answer[0]!;
    else answers[q.id] = q.answer;
  }
  const partly = questions.filter((q) => ['match', 'order', 'select-all'].includes(q.type));
  assert.ok(partly.length >= 3, 'the quiz has one of each partial-credit type');
  const decoded = decodeResultCode(encodeResultCode(content, options, questions, answers, 'Mina'), content, options, questions);
  assert.ok(decoded.ok, JSON.stringify(decoded));
  if (!decoded.ok) return;
  const expected = questions.map((q) => scoreAnswer(q, answers[q.id]).credit);
  questions.forEach((q, i) => {
    if (partly.includes(q)) assert.ok(decoded.credit[i]! > 0 && decoded.credit[i]! < 1, `${q.type}: ${decoded.credit[i]}`);
    else assert.equal(decoded.credit[i], 1, q.type);
    assert.equal(decoded.correct[i], !partly.includes(q));
  });
  assert.equal(decoded.score, Math.round(expected.reduce((a, b) => a + b, 0) * 100) / 100);
  assert.ok(decoded.score > questions.length - partly.length && decoded.score < questions.length);
});

test('a code made by another generator version is reported as such, never scored', () => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, (q.type === 'fill-blank' ? q.answer[0]! : q.answer) as Answer]));
  for (const version of [GENERATOR_VERSION - 1, GENERATOR_VERSION + 1, 1023]) {
    const code = encodeResultCode(content, options, questions, answers, 'Mina', version);
    const result = decodeResultCode(code, content, options, questions);
    assert.ok(!result.ok, code);
    if (result.ok) return;
    assert.equal(result.reason, 'other-version');
    assert.equal(result.generatorVersion, version);
    assert.match(result.message, /another version of the quiz generator/);
    assert.match(result.message, /retake/);
    // The version that made it reads it.
    const there = decodeResultCode(code, content, options, questions, version);
    assert.ok(there.ok && there.score === 10, JSON.stringify(there));
  }
});

test('a format 1 code (before generator versions were recorded) is from an older generator, not damaged', () => {
  // Made by the result-code format 1 encoder, for these settings, every answer right, name "Mina".
  const old = 'class-7b.1CX460A000000A418QANYKDXY.Mina';
  const result = decodeResultCode(old, content, options, questions);
  assert.ok(!result.ok && result.reason === 'other-version', JSON.stringify(result));
  assert.equal(result.generatorVersion, 1);
  assert.match(result.message, new RegExp(`version 1; this page uses version ${GENERATOR_VERSION}`));
  // Still damaged when damaged.
  const typo = decodeResultCode(old.replace('QANY', 'QANZ'), content, options, questions);
  assert.ok(!typo.ok && typo.reason === 'damaged');
  // Its answers belong to generator 1's questions, which this generator no longer builds: never scored here.
});

test('a code for 10 questions is about 40 characters', () => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, q.answer as Answer]));
  const code = encodeResultCode(content, options, questions, answers);
  assert.ok(code.length <= 42, `${code} has ${code.length} characters`);
  assert.equal(decodeResultCode(code.toLowerCase().replace('class-7b', 'class-7b'), content, options, questions).ok, true, 'case-insensitive body');
});

test('damaged codes are caught: a changed character, a missing character, garbage', () => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, q.answer as Answer]));
  const code = encodeResultCode(content, options, questions, answers, 'Mina');
  const body = code.indexOf('.') + 1;
  let caught = 0;
  let tried = 0;
  for (let i = body; i < code.indexOf('.', body); i++) {
    for (const replacement of ['2', 'X']) {
      if (code[i] === replacement) continue;
      tried++;
      const changed = code.slice(0, i) + replacement + code.slice(i + 1);
      const result = decodeResultCode(changed, content, options, questions);
      if (!result.ok && result.reason === 'damaged') caught++;
    }
  }
  assert.equal(caught, tried);
  for (const broken of [code.slice(0, -6), code.slice(0, 12), '', 'hello', '...', code.replace('.', '')]) {
    const result = decodeResultCode(broken, content, options, questions);
    assert.equal(result.ok, false, broken);
  }
  assert.equal(decodeResultCode(code.replace('Mina', 'Nina'), content, options, questions).ok, false, 'the name is covered too');
});

test('codes from another quiz are told apart from damaged ones', () => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, q.answer as Answer]));
  const otherSeed = { ...options, seed: 'class-7c' };
  const other = startSession(content, otherSeed, 0).questions;
  const fromOtherSeed = encodeResultCode(content, otherSeed, other, {});
  const result = decodeResultCode(fromOtherSeed, content, options, questions);
  assert.ok(!result.ok && result.reason === 'other-quiz', JSON.stringify(result));
  const testMode = { ...options, mode: 'test' as const };
  const fromTest = encodeResultCode(content, testMode, questions, answers);
  const r2 = decodeResultCode(fromTest, content, options, questions);
  assert.ok(!r2.ok && r2.reason === 'other-quiz');
  const newer = { ...content, version: '1.0.1' };
  const r3 = decodeResultCode(encodeResultCode(newer, options, questions, answers), content, options, questions);
  assert.ok(!r3.ok && r3.reason === 'other-quiz');
});

test('the xAPI statement has no actor and reports the score, success, completion and duration', async () => {
  const { completedStatement, isoDuration } = await import('../../src/core/quiz/xapi.js');
  const statement = completedStatement(content, options, 7, 10, 125_300, Date.UTC(2026, 10, 28, 9, 0, 0));
  assert.equal('actor' in statement, false);
  assert.equal(statement.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.equal(statement.object.id, `urn:export-controls-explainer:quiz:export-controls:${content.version}:class-7b`);
  assert.deepEqual(statement.result.score, { raw: 7, min: 0, max: 10, scaled: 0.7 });
  assert.equal(statement.result.success, true);
  assert.equal(statement.result.completion, true);
  assert.equal(statement.result.duration, 'PT2M5.3S');
  assert.equal(statement.timestamp, '2026-11-28T09:00:00.000Z');
  const partial = completedStatement(content, options, 5.67, 10, 1000, 0);
  assert.deepEqual(partial.result.score, { raw: 5.67, min: 0, max: 10, scaled: 0.567 }, 'partial credit carries into raw and scaled');
  assert.equal(partial.result.success, false);
  assert.equal(isoDuration(0), 'PT0S');
  assert.equal(isoDuration(3_600_000), 'PT1H');
});

test('a core-only quiz has a code of its own: read with the same scope, refused with another', () => {
  const core: SessionOptions = { ...baseOptions, scope: 'core' };
  const coreQuestions = startSession(content, core, 0).questions;
  const code = encodeResultCode(content, core, coreQuestions, {});
  const same = decodeResultCode(code, content, core, coreQuestions);
  assert.ok(same.ok, JSON.stringify(same));
  const other = decodeResultCode(code, content, baseOptions, questions);
  assert.ok(!other.ok && other.reason === 'other-quiz', JSON.stringify(other));
  // Codes from quizzes on all the content read as before: the scope adds nothing to them.
  const all = encodeResultCode(content, baseOptions, questions, {});
  assert.equal(all, encodeResultCode(content, { ...baseOptions, scope: 'all' }, questions, {}));
});
