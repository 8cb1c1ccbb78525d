/**
 * The item lint: what an exam board would reject in a generated question that a
 * machine can see. It builds every candidate question the content can produce
 * (with several seeds, since options are drawn) and reports each finding with the
 * question id and the content path to fix. Findings are fixed in the content (or
 * the generator), never silenced: `npm run questions -- --lint` exits non-zero on any.
 */
import type { Content } from '../content/schema.js';
import { acceptedAnswers, blankQuestionType, buildCandidate, listCandidates, type Candidate } from './generate.js';
import { BLANK_JA } from './templates/index.js';
import { normalizeFreeText } from './answers.js';
import { parseWrittenDate, QUOTES } from './free-text.js';
import type { Question } from './types.js';
import { particle, type ParticlePair } from './templates/korean-particles.js';
import { itemPath, locator, type Locator } from '../content/item-paths.js';

export type LintRule =
  | 'answer-in-prompt'
  | 'key-length'
  | 'shared-word'
  | 'count-in-prompt'
  | 'absolute-option'
  | 'punctuation'
  | 'admitted-date'
  | 'answers-another'
  | 'blank-answer-shown'
  | 'particle-after-blank'
  | 'option-case';

export interface LintFinding {
  rule: LintRule;
  /** The question (or questions) the finding was seen in. */
  questionId: string;
  /** JSON path of the content to change. */
  path: string;
  message: string;
}

/** Seeds the lint draws options with: enough that every option of a small pool is seen as a distractor. */
export const LINT_SEEDS = Array.from({ length: 16 }, (_, i) => `lint-${i}`);

/** Words that make a statement easy to rule out without knowing anything ("in every case"). */
const ABSOLUTES: Record<string, RegExp> = {
  en: /(?<![\w-])(all|every|always|never|only|none|any|completely|entirely|totally|solely|exclusively|limited to)(?![\w-])/i,
  ko: /(모든|모두|항상|절대|전혀|오직|언제나|결코)/u,
  ja: /(すべて|全て|全部|常に|必ず|決して|一切|唯一|いかなる)/u,
};

const NUMBER_WORDS: Record<string, string[]> = {
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ko: ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'],
  ja: ['', '一つ', '二つ', '三つ', '四つ', '五つ', '六つ', '七つ', '八つ', '九つ', '十'],
};

const STOPWORDS = new Set(
  'the a an of to in on for and or by with from as at is are was were be been its it this that these those which who whom whose what when where how not no one any some other its their his her than then there into under over after before about between during without within also only more most such can may might must will would should could has have had do does did per each both either neither'.split(' '),
);

const languageOf = (content: Content) => content.language.split('-')[0] ?? 'en';

/** Crude stems, so "missiles" meets "Missile" and "controls" meets "control". */
function stem(word: string): string {
  return word.replace(/(ies|es|s|ed|ing)$/u, '').replace(/e$/u, '').slice(0, 7);
}

const KOREAN_PARTICLES = /(으로|에서|에게|까지|부터|이라|이며|이고|하는|하여|은|는|이|가|을|를|의|에|로|와|과|도|만)$/u;

/** Where a day-precise date may be written: "2023년 4월 24일", "2023年4月24日", "24 April 2023". */
const DAY_DATES = /\d{4}\s*[년年]\s*\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]|\d{1,2} [a-z]+ \d{4}/gu;

/**
 * Day-precise dates in a text, as one word each ("date:2023-4-24"): a date and a subject together
 * tell an answer ("24 April 2023" beside "preferential region"), though the digits alone are no words.
 */
function dateWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(DAY_DATES)].flatMap(([written]) => {
    const date = parseWrittenDate(written);
    return date?.day === undefined ? [] : [`date:${date.year}-${date.month}-${date.day}`];
  });
}

/** Content words of a text, for a language: lower case, stemmed, no stopwords or numbers (day-precise dates count as words). */
export function contentWords(text: string, language: string): Set<string> {
  const words = new Set<string>(dateWords(text.normalize('NFKC')));
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC').toLocaleLowerCase(language))) {
    if (!isWordLike || /^\d+$/u.test(segment)) continue;
    let word = segment;
    if (language === 'ko') word = word.replace(KOREAN_PARTICLES, '');
    if (language === 'en' || /^[a-z]/u.test(word)) {
      if (word.length < 4 || STOPWORDS.has(word)) continue;
      words.add(stem(word));
    } else if ([...word].length >= 2) {
      words.add(word);
    }
  }
  return words;
}

/** The content path of an option's text, where the lint can tell. */
function optionPath(content: Content, at: Locator, question: Question, optionId: string): string {
  const [, rest = ''] = question.id.split(':');
  switch (question.type) {
    case 'term-definition':
      return `glossary[${at.term(optionId)}].definition`;
    case 'definition-term':
      return `glossary[${at.term(optionId)}].term`;
    case 'group-member': {
      const group = content.groups[at.group(rest.split('.')[0]!)]!;
      const member = group.members.findIndex((item) => item.id === optionId);
      const groupPath = `groups[${at.group(group.id)}]`;
      return member >= 0 ? `${groupPath}.members[${member}].text` : `${groupPath}.distractors[${group.distractors.findIndex((item) => item.id === optionId)}].text`;
    }
    case 'scenario':
      return `decisionTree.nodes[${at.node(optionId)}].title`;
    default:
      return question.id;
  }
}

/** The content path of a question's prompt text. */
function promptPath(content: Content, at: Locator, question: Question): string {
  const [, rest = ''] = question.id.split(':');
  switch (question.type) {
    case 'term-definition':
      return `glossary[${at.term(rest)}].term`;
    case 'definition-term':
      return `glossary[${at.term(rest)}].definition`;
    case 'group-member':
    case 'select-all':
      return `groups[${at.group(rest.split('.')[0]!)}].name`;
    case 'scenario':
      return `decisionTree.scenarios[${(content.decisionTree?.scenarios ?? []).findIndex((item) => item.id === rest)}].description`;
    case 'fill-blank':
    case 'blank-choice':
      return `blanks[${at.blank(rest)}]`;
    case 'true-false':
      return `claims[${at.claim(rest)}].statement`;
    case 'date':
      return `events[${at.event(rest)}]`;
    default:
      return question.id;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Broken joins: doubled or clashing punctuation, a space before a comma, an empty bracket. */
const BROKEN_PUNCTUATION = /\.\.(?!\.)|\.[;:,]|[;:,]\.|。。|。、|、。|\?\.|\.\?|？。|\s[,.;:](?!\d)|\(\s*\)|（\s*）|\s{2,}/u;

const letters = (text: string) => [...text].length;

/** Checks every candidate question of the content. Findings are sorted by path, then question id. */
export function lintContent(content: Content, seeds: readonly string[] = LINT_SEEDS): LintFinding[] {
  const language = languageOf(content);
  const at = locator(content);
  const findings = new Map<string, LintFinding>();
  const add = (finding: LintFinding) => {
    const key = `${finding.rule}|${finding.questionId}|${finding.path}`;
    if (!findings.has(key)) findings.set(key, finding);
  };

  // Built once per seed: options are drawn, so a rule on options must see several draws.
  const builds = seeds.map((seed) => listCandidates(content, seed).filter((candidate) => candidate.facts()).map((candidate) => ({ candidate, question: buildCandidate(candidate, seed) })));

  for (const [round, built] of builds.entries()) {
    for (const { question } of built) {
      checkPunctuation(question, add);
      if (round === 0) checkAnswerInPrompt(content, at, question, add);
      checkGiveaways(content, at, question, language, add);
    }
  }
  checkGroups(content, language, add);
  checkClaims(content, language, add);
  if (language === 'ko') checkKoreanParticles(content, add);
  checkDates(content, at, builds.flatMap((built) => built.map(({ question }) => question)), add);
  // Wrong options differ from seed to seed: every draw is checked.
  for (const built of builds) checkAnswersAnother(content, at, built, add);
  checkBlankAnswerShown(content, at, builds, add);
  return [...findings.values()].sort((a, b) => a.path.localeCompare(b.path) || a.questionId.localeCompare(b.questionId));
}

type Add = (finding: LintFinding) => void;

function checkPunctuation(question: Question, add: Add) {
  const texts: [string, string][] = [
    // The Japanese gap（　　　）is an empty bracket on purpose.
    ['prompt', question.prompt.split(BLANK_JA).join('〇')],
    ['explanation', question.explanation],
    ...('options' in question ? question.options.map((option): [string, string] => ['option', option.text]) : []),
  ];
  for (const [where, text] of texts) {
    const match = BROKEN_PUNCTUATION.exec(text);
    if (match) {
      add({
        rule: 'punctuation',
        questionId: question.id,
        path: question.id,
        message: `the ${where} has broken punctuation (${JSON.stringify(match[0])}) in: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30))}`,
      });
    }
  }
}

function checkAnswerInPrompt(content: Content, at: Locator, question: Question, add: Add) {
  if (question.type === 'fill-blank') {
    const sentence = normalizeFreeText(`${question.before} ${question.after}`);
    for (const accepted of question.answer) {
      const answer = normalizeFreeText(accepted);
      if (answer.length >= 2 && sentence.includes(answer)) {
        const blank = content.blanks[at.blank(question.id.split(':')[1]!)]!;
        const own = accepted === blank.answer || (blank.alternatives ?? []).includes(accepted);
        add({
          rule: 'answer-in-prompt',
          questionId: question.id,
          path: own ? `blanks[${at.blank(blank.id)}]` : `glossary (the synonyms of "${blank.answer}")`,
          message: `the accepted answer ${JSON.stringify(accepted)} is printed in the sentence around the blank: reword the sentence or drop that answer`,
        });
      }
    }
    return;
  }
  if (!('options' in question) || question.type === 'true-false' || question.type === 'order' || question.type === 'match' || question.type === 'select-all') return;
  const key = question.options.find((option) => option.id === question.answer);
  if (key && letters(key.text) >= 3 && normalizeFreeText(question.prompt).includes(normalizeFreeText(key.text))) {
    add({ rule: 'answer-in-prompt', questionId: question.id, path: promptPath(content, at, question), message: `the prompt contains the answer ${JSON.stringify(key.text)}` });
  }
}

/** A key that stands out by its length, or by a word it alone shares with the prompt. */
function checkGiveaways(content: Content, at: Locator, question: Question, language: string, add: Add) {
  if (!['term-definition', 'definition-term', 'group-member', 'scenario', 'blank-choice'].includes(question.type) || !('options' in question)) return;
  const key = question.options.find((option) => option.id === question.answer)!;
  const others = question.options.filter((option) => option !== key);
  const keyLength = letters(key.text);
  const lengths = others.map((option) => letters(option.text));
  // It stands out only when it is clearly the longest: a key one word longer than the next option does not.
  const clearlyLongest = keyLength > 1.15 * Math.max(...lengths);
  // Short names differ in length by nature ("Eris", "Ganymede", キャッチオール規制): the rule starts where length can stand out.
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u.test(key.text);
  // Names are not text written for the question: "Missile Technology Control Regime" is as long as it is.
  // Term names are names; so are options whose longer words all start with a capital ("International Atomic Energy Agency").
  const nameLike = (text: string) => /\p{Script=Latin}/u.test(text) && text.split(/\s+/u).every((word) => [...word].length < 4 || /^[\p{Lu}\p{N}(“"]/u.test(word));
  const names = question.type === 'definition-term' || question.options.every((option) => nameLike(option.text));
  if (!names && others.length >= 2 && keyLength > (cjk ? 10 : 15) && clearlyLongest && keyLength > 1.5 * median(lengths)) {
    add({
      rule: 'key-length',
      questionId: question.id,
      path: optionPath(content, at, question, key.id),
      message: `the right answer is the longest option and over 1.5 times the median length of the others (${keyLength} vs ${median(lengths)} characters): shorten it or lengthen its like-for-like neighbours`,
    });
  }
  // A word in the prompt that the key has and no other option has.
  const promptWords = contentWords(question.prompt, language);
  const keyWords = contentWords(key.text, language);
  const otherWords = new Set(others.flatMap((option) => [...contentWords(option.text, language)]));
  const giveaway = [...keyWords].filter((word) => promptWords.has(word) && !otherWords.has(word));
  if (giveaway.length > 0) {
    add({
      rule: 'shared-word',
      questionId: question.id,
      path: promptPath(content, at, question),
      message: `the right answer alone shares ${giveaway.map((word) => JSON.stringify(word)).join(', ')} with the prompt: reword the prompt or the answer (${JSON.stringify(key.text)})`,
    });
  }
}

function checkGroups(content: Content, language: string, add: Add) {
  const numberWords = NUMBER_WORDS[language] ?? NUMBER_WORDS.en!;
  const absolutes = ABSOLUTES[language] ?? ABSOLUTES.en!;
  content.groups.forEach((group, index) => {
    const count = group.members.length;
    const name = group.name.normalize('NFKC').toLocaleLowerCase(language);
    const word = numberWords[count];
    // A number word as a word of its own: "four" but not "two-way"; 세 followed by a space or a counter, not 세계 or 관세.
    const wordForm =
      language === 'en'
        ? new RegExp(`(?<![\\w-])${word}(?![\\w-])`, 'iu')
        : language === 'ko'
          ? new RegExp(`(^|\\s)${word}(\\s|가지|개|곳)`, 'u')
          : new RegExp(word ?? '(?!)', 'u');
    if (new RegExp(`(^|\\D)${count}(\\D|$)`, 'u').test(name) || (word && wordForm.test(name))) {
      add({
        rule: 'count-in-prompt',
        questionId: `select-all:${group.id}`,
        path: `groups[${index}].name`,
        message: `the group's name states how many members it has (${count}), which gives a select-all question away: ${JSON.stringify(group.name)}`,
      });
    }
    checkOptionCase(group, index, language, add);
    const memberHasAbsolute = group.members.some((member) => absolutes.test(member.text));
    group.distractors.forEach((distractor, d) => {
      if (!memberHasAbsolute && absolutes.test(distractor.text)) {
        add({
          rule: 'absolute-option',
          questionId: `group-member:${group.id}.not.${distractor.id}`,
          path: `groups[${index}].distractors[${d}].text`,
          message: `a wrong option with an absolute (${JSON.stringify(absolutes.exec(distractor.text)![0])}) that no right option has can be ruled out without knowing anything: ${JSON.stringify(distractor.text)}`,
        });
      }
    });
  });
}

/**
 * A group's options are listed together, so they start alike: "South Korea's plan…" beside "the summit…" reads
 * as careless and sets one option apart. Scripts without case (Korean, Japanese) are left alone.
 */
function checkOptionCase(group: Content['groups'][number], index: number, language: string, add: Add) {
  const startsWithCapital = (text: string) => {
    const first = [...text.replace(/^[\p{P}\s]+/u, '')][0] ?? '';
    if (first.toLocaleLowerCase(language) === first.toLocaleUpperCase(language)) return undefined;
    return first === first.toLocaleUpperCase(language);
  };
  const options = [
    ...group.members.map((item, i) => ({ text: item.text, path: `groups[${index}].members[${i}].text` })),
    ...group.distractors.map((item, i) => ({ text: item.text, path: `groups[${index}].distractors[${i}].text` })),
  ].map((option) => ({ ...option, capital: startsWithCapital(option.text) }));
  const capitals = options.filter((option) => option.capital === true);
  const lower = options.filter((option) => option.capital === false);
  if (capitals.length === 0 || lower.length === 0) return;
  const odd = lower.length <= capitals.length ? lower : capitals;
  for (const option of odd) {
    add({
      rule: 'option-case',
      questionId: `select-all:${group.id}`,
      path: option.path,
      message: `the group's options start some with a capital letter and some without, so this one stands apart: ${JSON.stringify(option.text)}`,
    });
  }
}

const PARTICLE_PAIRS: readonly ParticlePair[] = ['을/를', '이/가', '은/는', '과/와', '으로/로'];

/**
 * A Korean particle right after a blank agrees with the word typed into it
 * (사과를, 배을): when the accepted answers need different particles, the
 * sentence is wrong for some of them.
 */
function checkKoreanParticles(content: Content, add: Add) {
  content.blanks.forEach((blank, index) => {
    const after = blank.after.trimStart();
    for (const pair of PARTICLE_PAIRS) {
      const form = pair.split('/').find((candidate) => new RegExp(`^${candidate}(?![가-힣])`, 'u').test(after));
      if (!form) continue;
      // A chosen blank's wrong words must fit the sentence as well as its answer, or the particle gives them away.
      const answers = [...acceptedAnswers(content, blank), ...(blank.distractors ?? [])];
      const misfits = answers.filter((answer) => particle(answer, pair) !== form);
      if (misfits.length > 0) {
        add({
          rule: 'particle-after-blank',
          questionId: `${blankQuestionType(blank)}:${blank.id}`,
          path: `blanks[${index}].after`,
          message: `the particle "${form}" after the blank does not fit the accepted answer${misfits.length === 1 ? '' : 's'} ${misfits.map((answer) => JSON.stringify(answer)).join(', ')}: restructure so no agreeing particle follows the blank`,
        });
      }
      return;
    }
  });
}

/** A false statement with an absolute ("only", "limited to", "never") is judged false by test-wise learners without knowing anything. */
function checkClaims(content: Content, language: string, add: Add) {
  const absolutes = ABSOLUTES[language] ?? ABSOLUTES.en!;
  content.claims.forEach((claim, index) => {
    const found = absolutes.exec(claim.statement);
    if (!claim.truth && found) {
      add({
        rule: 'absolute-option',
        questionId: `true-false:${claim.id}`,
        path: `claims[${index}].statement`,
        message: `a false statement with an absolute (${JSON.stringify(found[0])}) can be judged false without knowing anything: state a specific, plausible error instead`,
      });
    }
  });
}

/** Years or dates an event's own text mentions that its date question offers as wrong. */
function checkDates(content: Content, at: Locator, questions: Question[], add: Add) {
  content.events.forEach((event, index) => {
    if ((event.otherDates ?? []).includes(event.date)) {
      add({ rule: 'admitted-date', questionId: `date:${event.id}`, path: `events[${index}].otherDates`, message: `lists the event's own date ${event.date}` });
    }
  });
  for (const question of questions) {
    if (question.type !== 'date') continue;
    const index = at.event(question.id.slice('date:'.length));
    const event = content.events[index]!;
    const mentioned = `${event.title} ${event.description} ${event.question ?? ''}`;
    for (const option of question.options) {
      if (option.id === question.answer || option.id.length !== 4) continue;
      if (new RegExp(`(^|\\D)${option.id}(\\D|$)`, 'u').test(mentioned)) {
        add({
          rule: 'admitted-date',
          questionId: question.id,
          path: `events[${index}].otherDates`,
          message: `the event's own text mentions ${option.id}, which the question offers as a wrong year: if a source gives that date, add it to otherDates; otherwise reword the description`,
        });
      }
    }
  }
}

/**
 * What a learner reads that can state a fact, whatever the seed drew: the prompt and
 * the right option (a match's items, which are its facts), and the explanation, which
 * practice mode shows before the next question. Wrong options change from seed to seed,
 * so they are left to the fact keys of the items they come from.
 */
const statingTexts = (question: Question): string[] => {
  const read = (() => {
    switch (question.type) {
      case 'true-false':
      case 'fill-blank':
        return [question.prompt];
      case 'order':
        return [question.prompt, ...question.options.map((option) => option.text)];
      case 'match':
        return [question.prompt, ...question.items.map((item) => item.text)];
      case 'select-all':
        return [question.prompt];
      default:
        return [question.prompt, question.options.find((option) => option.id === question.answer)?.text ?? ''];
    }
  })();
  return [...read, question.explanation];
};

/** The answer a question asks a learner to produce or recognise, when it is a name, a word or a year. */
function keyPhrases(question: Question): string[] {
  switch (question.type) {
    case 'fill-blank':
      return question.answer;
    case 'definition-term':
    case 'blank-choice':
      return [question.options.find((option) => option.id === question.answer)!.text];
    case 'date':
      // The year, or the month as written in the question's options ("September 2019", "2019년 9월").
      return [question.answer.length === 4 ? question.answer : (question.options.find((option) => option.id === question.answer)?.text ?? '')];
    case 'group-member':
      return question.id.includes('.not.') ? [] : [question.options.find((option) => option.id === question.answer)!.text];
    default:
      return [];
  }
}

/** Free-text form without quotation marks: an explanation that writes ‘가’ 지역 states "가 지역". */
const quoteless = (text: string) => normalizeFreeText(text.replace(QUOTES, ''));
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Two questions of one quiz where what one asks for stands in the other's text:
 * the author gives both items a shared key in `facts`, so a quiz never asks both.
 */
function checkAnswersAnother(content: Content, at: Locator, built: { candidate: Candidate; question: Question }[], add: Add) {
  const language = languageOf(content);
  // A term question's wrong options are drawn per seed, and the generator counts what they show as
  // used (the term and the fact named after it): only the options this seed drew can state anything.
  const shownDefinitions = (question: Question): string[] =>
    question.type === 'term-definition' ? question.options.filter((option) => option.id !== question.answer).map((option) => option.text) : [];
  // Each question's stating texts with their words, worked out once.
  const texts = built.map(({ question }) =>
    [...statingTexts(question), ...shownDefinitions(question)].map((text) => ({ text, normalized: quoteless(text), words: contentWords(text, language) })),
  );
  // Words found in many questions ("Korea", "Japan" in a lesson on their dispute) say nothing about any one of them.
  // The same pass indexes which questions use each word, so only questions sharing a word are compared.
  const byWord = new Map<string, Set<number>>();
  // How common a word is counts the items (a term, a claim…) whose own questions use it, not the
  // questions: a term is asked in several forms, and its definition, drawn as a wrong option, shows
  // up in every term question of its kind; counted per question, its words would look common.
  const itemsUsing = new Map<string, Set<string>>();
  texts.forEach((list, index) => {
    const { candidate, question } = built[index]!;
    const own = list.length - shownDefinitions(question).length;
    list.forEach(({ words }, position) => {
      for (const word of words) {
        let holders = byWord.get(word);
        if (!holders) byWord.set(word, (holders = new Set()));
        holders.add(index);
        if (position >= own) continue;
        let items = itemsUsing.get(word);
        if (!items) itemsUsing.set(word, (items = new Set()));
        items.add(candidate.anchor);
      }
    });
  });
  const itemCount = new Set(built.map(({ candidate }) => candidate.anchor)).size;
  const common = (word: string) => (itemsUsing.get(word)?.size ?? 0) > itemCount * 0.15;
  built.forEach(({ candidate, question }) => {
    const phrases = keyPhrases(question)
      .map((phrase) => ({ phrase, needle: quoteless(phrase) }))
      // Four characters of Latin script say little ("WTO" is in every other sentence); two of Korean or
      // Japanese are a word ("가 지역" normalises to three).
      .filter(({ needle }) => needle.length >= (CJK.test(needle) ? 2 : 4))
      .map(({ phrase, needle }) => ({ phrase, needle, number: /^\d+$/u.test(needle) ? new RegExp(`(^|\\D)${needle}(\\D|$)`, 'u') : undefined }));
    if (phrases.length === 0) return;
    const facts = new Set(candidate.facts()!);
    // What the question asks about, less the words of its own answer.
    const answerWords = new Set(phrases.flatMap(({ phrase }) => [...contentWords(phrase, language)]));
    const asked = [...contentWords(askedText(content, at, candidate.anchor, question), language)].filter((word) => !answerWords.has(word) && !common(word));
    // A year named next to the subject is enough; anything else needs two words of what is asked.
    const needed = question.type === 'date' && question.answer.length === 4 ? 1 : 2;
    const sharing = new Map<number, number>();
    for (const word of asked) for (const index of byWord.get(word) ?? []) sharing.set(index, (sharing.get(index) ?? 0) + 1);
    for (const [j, count] of sharing) {
      if (count < needed) continue;
      const other = built[j]!;
      if (other.candidate.anchor === candidate.anchor || other.candidate.facts()!.some((key) => facts.has(key))) continue;
      // The learner reads a question's texts together (a statement, then its explanation): the answer
      // may sit in one and the words that point to it in another.
      const allWords = new Set(texts[j]!.flatMap(({ words }) => [...words]));
      for (const { normalized } of texts[j]!) {
        const found = phrases.find(({ needle, number }) => normalized !== needle && (number ? number.test(normalized) : normalized.includes(needle)));
        if (!found) continue;
        const shared = asked.filter((word) => allWords.has(word));
        if (shared.length < needed) continue;
        add({
          rule: 'answers-another',
          questionId: `${question.id} + ${other.question.id}`,
          path: `${itemPath(content, at, candidate.anchor)}.facts + ${itemPath(content, at, other.candidate.anchor)}.facts`,
          message: `${other.question.id} states ${JSON.stringify(found.phrase)} with ${shared.map((word) => JSON.stringify(word)).join(', ')}, and so answers ${question.id}: give both items a shared fact key in "facts", or reword`,
        });
        break;
      }
    }
  });
}

/** Everything a question shows: practice mode shows the explanation and the notes on wrong choices before the next question. */
const shownTexts = (question: Question): string[] => [
  question.prompt,
  question.explanation,
  ...('options' in question ? question.options.map((option) => option.text) : []),
  ...(question.type === 'match' ? question.items.map((item) => item.text) : []),
  ...('optionNotes' in question && question.optionNotes ? Object.values(question.optionNotes) : []),
];

/** Case, width, quotes and dashes aside; spaces kept, so words can be told apart. */
const looseForm = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/[-‐‑–—]/gu, ' ')
    .replace(/\s+/gu, ' ');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A typed answer is recall: if any other question of a quiz shows it (an option, a definition
 * among the wrong options, an explanation or a note), the blank turns into recognition. Every
 * pair found in any draw needs a shared fact key, so a quiz never holds both.
 */
function checkBlankAnswerShown(content: Content, at: Locator, builds: { candidate: Candidate; question: Question }[][], add: Add) {
  // Where words are written apart, an answer must stand as a whole word ("Ga" is not in "Gabon").
  const spaced = !/^(ja|ko|zh|th)\b/u.test(languageOf(content));
  for (const built of builds) {
    const texts = built.map(({ question }) => shownTexts(question).map(looseForm).join('\n'));
    for (const blank of built) {
      if (blank.question.type !== 'fill-blank') continue;
      const facts = new Set(blank.candidate.facts()!);
      const needles = [...new Set(blank.question.answer.map((answer) => looseForm(answer).trim()))]
        .filter((needle) => [...needle].length >= 2)
        .map((needle) => ({
          needle,
          pattern: spaced ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(needle)}($|[^\\p{L}\\p{N}])`, 'u') : undefined,
        }));
      built.forEach((other, index) => {
        if (other === blank || other.candidate.anchor === blank.candidate.anchor || other.candidate.facts()!.some((key) => facts.has(key))) return;
        const found = needles.find(({ needle, pattern }) => (pattern ? pattern.test(texts[index]!) : texts[index]!.includes(needle)));
        if (!found) return;
        add({
          rule: 'blank-answer-shown',
          questionId: `${blank.question.id} + ${other.question.id}`,
          path: `${itemPath(content, at, blank.candidate.anchor)}.facts + ${itemPath(content, at, other.candidate.anchor)}.facts`,
          message: `${other.question.id} shows ${JSON.stringify(found.needle)}, an accepted answer of ${blank.question.id}, so a quiz holding both asks the blank with its answer on screen: give both items a shared fact key in "facts", or reword`,
        });
      });
    }
  }
}

/** The content text a question asks about (without the template's own words, such as "Which term fits…"). */
function askedText(content: Content, at: Locator, anchor: string, question: Question): string {
  const [kind, id = ''] = anchor.split(':') as [string, string?];
  switch (kind) {
    case 'term':
      return content.glossary[at.term(id)]?.definition ?? '';
    case 'event': {
      const event = content.events[at.event(id)];
      return event ? `${event.question ?? ''} ${event.title}` : '';
    }
    case 'group':
      return content.groups[at.group(id)]?.name ?? '';
    case 'blank': {
      const blank = content.blanks[at.blank(id)];
      return blank ? `${blank.before} ${blank.after}` : '';
    }
    default:
      return question.prompt;
  }
}

/** Formats a finding as one line: `[rule] question-id — path: message`. */
export const formatFinding = (finding: LintFinding) => `[${finding.rule}] ${finding.questionId} — ${finding.path}: ${finding.message}`;

