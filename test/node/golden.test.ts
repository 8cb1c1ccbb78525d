// One seed's whole quiz, pinned in every language: which questions, in which order,
// with which options in which order, and which answers. Text is left out, so wording
// can be edited freely; anything that changes what a seed produces fails here until
// it is made deliberate: bump GENERATOR_VERSION (src/core/questions/version.ts) or the
// content's version, then rewrite the files with `UPDATE_GOLDEN=1 npm run test:node`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateQuiz } from '../../src/core/questions/generate.js';
import type { Question, QuizOptions } from '../../src/core/questions/types.js';
import { GENERATOR_VERSION } from '../../src/core/questions/version.js';
import { loadContent } from './helpers.js';

const SEED = 'golden-class-7b';
const COUNT = 20;
/** Two pinned quizzes: the whole blueprint, and one filtered to chronology types and one theme. */
const CASES: { name: string; options: QuizOptions }[] = [
  { name: 'quiz', options: { seed: SEED, count: COUNT } },
  { name: 'filtered', options: { seed: SEED, count: 8, types: ['date', 'order', 'match', 'true-false'], themes: ['dispute'] } },
];

interface Golden {
  generatorVersion: number;
  contentVersion: string;
  seed: string;
  questions: { id: string; options: string[]; items?: string[]; answer: unknown }[];
}

/** The text-free shape of a question. Fill-in answers are text, so only their count is kept. */
function shape(question: Question): Golden['questions'][number] {
  return {
    id: question.id,
    options: 'options' in question ? question.options.map((option) => option.id) : [],
    ...('items' in question ? { items: question.items.map((item) => item.id) } : {}),
    answer: question.type === 'fill-blank' ? `${question.answer.length} accepted` : question.answer,
  };
}

for (const language of ['en', 'ko', 'ja']) for (const { name, options } of CASES) {
  test(`seed "${SEED}" gives the pinned ${name} in content/${language}.json`, () => {
    const content = loadContent(`content/${language}.json`);
    const actual: Golden = {
      generatorVersion: GENERATOR_VERSION,
      contentVersion: content.version,
      seed: SEED,
      questions: generateQuiz(content, options).questions.map(shape),
    };
    const file = new URL(`./golden/${name}-${language}.json`, import.meta.url);
    const pinned: Golden | undefined = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    const sameVersions = pinned && pinned.generatorVersion === actual.generatorVersion && pinned.contentVersion === actual.contentVersion;
    if (process.env.UPDATE_GOLDEN) {
      // A new pin needs a new version: otherwise codes made before would be read against other questions.
      assert.ok(!sameVersions || JSON.stringify(pinned) === JSON.stringify(actual), 'what this seed produces changed: bump GENERATOR_VERSION or the content version before updating the golden files');
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    assert.ok(pinned, `no golden file: run UPDATE_GOLDEN=1 npm run test:node`);
    assert.equal(actual.generatorVersion, pinned.generatorVersion, 'GENERATOR_VERSION changed: rewrite the golden files (UPDATE_GOLDEN=1 npm run test:node)');
    assert.equal(actual.contentVersion, pinned.contentVersion, 'the content version changed: rewrite the golden files (UPDATE_GOLDEN=1 npm run test:node)');
    assert.deepEqual(actual, pinned, 'what this seed produces changed without a new generator or content version: bump one, then rewrite the golden files');
  });
}

test('the golden quizzes are the same quiz in every language', () => {
  const [en, ...others] = ['en', 'ko', 'ja'].map((language) => {
    const content = loadContent(`content/${language}.json`);
    // Fill-in answers are text, and each language lists its own alternatives.
    return generateQuiz(content, { seed: SEED, count: COUNT }).questions.map((question) => ({ ...shape(question), answer: question.type === 'fill-blank' ? null : question.answer }));
  });
  for (const other of others) assert.deepEqual(other, en);
});
