import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeAnswer, describeCorrectAnswer } from '../../src/core/quiz/describe.js';
import type { Question } from '../../src/core/questions/types.js';

const selectAll = (texts: string[]): Question => ({
  id: 'select-all:x',
  type: 'select-all',
  theme: 't',
  prompt: 'Which?',
  explanation: '',
  sectionId: 's',
  sourceIds: [],
  options: texts.map((text, i) => ({ id: `o${i}`, text })),
  answer: texts.map((_, i) => `o${i}`),
});

test('a select-all answer reads as one line: English parts joined by "; " without their full stops', () => {
  assert.equal(describeCorrectAnswer(selectAll(['The summit.', 'The WTO withdrawal'])), 'The summit; The WTO withdrawal');
});

test('Japanese parts take the Japanese list mark, not a half-width semicolon', () => {
  assert.equal(describeCorrectAnswer(selectAll(['東京での首脳会談。', 'WTO提訴の取り下げ'])), '東京での首脳会談、WTO提訴の取り下げ');
  // Mixed with a part in another script, the neutral separator stays.
  assert.equal(describeAnswer(selectAll(['東京での首脳会談', 'WTO']), ['o0', 'o1']), '東京での首脳会談; WTO');
});
