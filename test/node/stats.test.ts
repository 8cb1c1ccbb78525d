// How long a quiz a content file gives well mixed: the teacher page warns past it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz } from '../../src/core/questions/generate.js';
import { wellMixedLength } from '../../src/core/questions/stats.js';
import { loadContent } from './helpers.js';

const trueFalse = (count: number, seed: string, content = loadContent('content/en.json')) =>
  generateQuiz(content, { seed, count }).questions.filter((q) => q.type === 'true-false').length;

test('the bundled content gives the default quiz of ten well mixed, and the length found is where mixing ends', () => {
  const content = loadContent('content/en.json');
  const length = wellMixedLength(content);
  assert.ok(length >= 10, `only ${length}`);
  assert.ok(length < 50, 'a file of 120 questions cannot mix 50 without repeating a type');
  // At the length found, fresh seeds stay within a third true/false; past it, sample quizzes do not.
  for (let i = 0; i < 20; i++) assert.ok(trueFalse(length, `fresh-${i}`, content) <= Math.ceil(length / 3) + 1, `fresh-${i}`);
  const longer = Array.from({ length: 12 }, (_, i) => generateQuiz(content, { seed: `mix-check-${i}`, count: length + 1 }).questions);
  assert.ok(longer.some((questions) => questions.length < length + 1 || questions.filter((q) => q.type === 'true-false').length > Math.ceil((length + 1) / 3)));
});

test('a core-only quiz has fewer facts to draw on, and a true/false-only quiz is not held to a third', () => {
  const content = loadContent('content/en.json');
  // Within one question: a quiz with the go-deeper items holds at most one per five of them, and those it
  // does hold use up fact keys too, so it can stop mixing a question before the core-only quiz (16 and 17
  // with content 2.24.0).
  assert.ok(wellMixedLength(content, { scope: 'core' }) <= wellMixedLength(content) + 1);
  assert.ok(wellMixedLength(content, { types: ['true-false'] }) > Math.ceil(wellMixedLength(content) / 3));
});
