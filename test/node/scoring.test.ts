import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCorrect, scoreAnswer } from '../../src/core/questions/answers.js';
import { generateQuiz } from '../../src/core/questions/generate.js';
import type { Answer, MatchQuestion, OrderQuestion, Question, SelectAllQuestion } from '../../src/core/questions/types.js';
import { retryMissed, scoreSession, startSession, type SessionOptions } from '../../src/core/quiz/session.js';
import { loadContent } from './helpers.js';

const base = { theme: 't', prompt: 'p', explanation: 'e', sectionId: 's', sourceIds: [] };
const options = (ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

const order: OrderQuestion = { ...base, id: 'order:x', type: 'order', options: options(['c', 'a', 'd', 'b']), answer: ['a', 'b', 'c', 'd'] };
const match: MatchQuestion = {
  ...base,
  id: 'match:x',
  type: 'match',
  items: options(['i1', 'i2', 'i3']),
  options: options(['o1', 'o2', 'o3']),
  answer: { i1: 'o1', i2: 'o2', i3: 'o3' },
};
const selectAll: SelectAllQuestion = { ...base, id: 'select-all:x', type: 'select-all', options: options(['a', 'b', 'c', 'd', 'e']), answer: ['a', 'b', 'c'] };

describe('scoreAnswer: partial credit', () => {
  test('match: the share of items paired with their right option', () => {
    assert.deepEqual(scoreAnswer(match, { i1: 'o1', i2: 'o2', i3: 'o3' }), { credit: 1, correct: true, parts: { right: 3, total: 3 } });
    assert.deepEqual(scoreAnswer(match, { i1: 'o1', i2: 'o3', i3: 'o3' }), { credit: 2 / 3, correct: false, parts: { right: 2, total: 3 } });
    assert.deepEqual(scoreAnswer(match, { i1: 'o2', i2: 'o3', i3: 'o1' }), { credit: 0, correct: false, parts: { right: 0, total: 3 } });
  });

  test('order: events already in the right order relative to each other, k of n, credit (k − 1) / (n − 1)', () => {
    const score = (given: string) => scoreAnswer(order, given.split(''));
    assert.deepEqual(score('abcd'), { credit: 1, correct: true, parts: { right: 4, total: 4 } });
    // One event misplaced at the start does not zero the item (absolute positions would: 0 of 4 in place)...
    assert.deepEqual(score('dabc'), { credit: 2 / 3, correct: false, parts: { right: 3, total: 4 } });
    assert.deepEqual(score('bcda'), { credit: 2 / 3, correct: false, parts: { right: 3, total: 4 } });
    // ...nor does one swap of neighbours (adjacent pairs would: a-c, c-b, b-d are none of a-b, b-c, c-d).
    assert.deepEqual(score('acbd'), { credit: 2 / 3, correct: false, parts: { right: 3, total: 4 } });
    assert.deepEqual(score('badc'), { credit: 1 / 3, correct: false, parts: { right: 2, total: 4 } });
    // A fully reversed order earns nothing.
    assert.deepEqual(score('dcba'), { credit: 0, correct: false, parts: { right: 1, total: 4 } });
    // A repeated or unknown event never counts.
    assert.equal(score('aacd').parts!.right, 3);
    assert.equal(score('axyz').credit, 0);
  });

  test('select-all: (right chosen − wrong chosen) / right options, floored at 0', () => {
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'b', 'c']), { credit: 1, correct: true, parts: { right: 3, total: 3, wrong: 0 } });
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'b']), { credit: 2 / 3, correct: false, parts: { right: 2, total: 3, wrong: 0 } });
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'b', 'd']), { credit: 1 / 3, correct: false, parts: { right: 2, total: 3, wrong: 1 } });
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'b', 'c', 'd']), { credit: 2 / 3, correct: false, parts: { right: 3, total: 3, wrong: 1 } });
    // Each wrong choice cancels a right one; the floor keeps the credit at 0.
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'b', 'c', 'd', 'e']), { credit: 1 / 3, correct: false, parts: { right: 3, total: 3, wrong: 2 } });
    assert.deepEqual(scoreAnswer(selectAll, ['a', 'd', 'e']), { credit: 0, correct: false, parts: { right: 1, total: 3, wrong: 2 } });
    assert.deepEqual(scoreAnswer(selectAll, ['d', 'e']), { credit: 0, correct: false, parts: { right: 0, total: 3, wrong: 2 } });
  });

  test('single choice and fill-in-the-blank: 0 or 1, without parts', () => {
    const content = loadContent('content/en.json');
    for (const type of ['true-false', 'date', 'fill-blank'] as const) {
      const [q] = generateQuiz(content, { seed: 'whole', count: 1, types: [type] }).questions;
      const right = (q!.type === 'fill-blank' ? q!.answer[0]! : q!.answer) as Answer;
      const wrong = q!.type === 'fill-blank' ? 'certainly not this' : (q as { options: { id: string }[] }).options.find((o) => o.id !== q!.answer)!.id;
      assert.deepEqual(scoreAnswer(q!, right), { credit: 1, correct: true }, type);
      assert.deepEqual(scoreAnswer(q!, wrong), { credit: 0, correct: false }, type);
    }
  });

  test('an unanswered question scores 0', () => {
    for (const question of [order, match, selectAll] as Question[]) {
      assert.deepEqual(scoreAnswer(question, undefined), { credit: 0, correct: false });
    }
    assert.equal(scoreAnswer(selectAll, []).credit, 0);
    assert.equal(scoreAnswer(match, { i1: 'o1' }).credit, 0, 'a match with items left open is not answered');
  });

  test('credit is always within 0..1, and 1 exactly when isCorrect', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'zz');
    const answers: fc.Arbitrary<[Question, Answer]>[] = [
      fc.array(ids, { maxLength: 6 }).map((a) => [selectAll, a] as [Question, Answer]),
      fc.array(ids, { minLength: 4, maxLength: 4 }).map((a) => [order, a] as [Question, Answer]),
      fc.shuffledSubarray(['a', 'b', 'c', 'd'], { minLength: 4, maxLength: 4 }).map((a) => [order, a] as [Question, Answer]),
      fc
        .tuple(fc.constantFrom('o1', 'o2', 'o3', ''), fc.constantFrom('o1', 'o2', 'o3'), fc.constantFrom('o1', 'o2', 'o3', 'x'))
        .map(([a, b, c]) => [match, { i1: a, i2: b, i3: c }] as [Question, Answer]),
    ];
    fc.assert(
      fc.property(fc.oneof(...answers), ([question, answer]) => {
        const { credit, correct } = scoreAnswer(question, answer);
        assert.ok(credit >= 0 && credit <= 1, String(credit));
        assert.equal(correct, isCorrect(question, answer));
        assert.equal(credit === 1, isCorrect(question, answer));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scoreSession: the score is the sum of credits', () => {
  // The fixture: the bundled lesson has few matches (names that tell what they are are never matched).
  const content = loadContent('test/fixtures/solar-system.json');
  // The first seed whose four questions are one of each of the four types.
  let sessionOptions: SessionOptions = { seed: 'partial', count: 4, mode: 'test', types: ['match', 'select-all', 'order', 'true-false'], themes: [] };
  let { state, questions } = startSession(content, sessionOptions, 0);
  for (let i = 0; new Set(questions.map((q) => q.type)).size < 4; i++) {
    if (i > 500) throw new Error('no seed in 500 gives one question of each of the four types');
    sessionOptions = { ...sessionOptions, seed: `partial-${i}` };
    ({ state, questions } = startSession(content, sessionOptions, 0));
  }
  const themes = content.themes.map((theme) => theme.id);

  /** One item of each question wrong (true-false: the wrong option). */
  function partlyRight(q: Question): Answer {
    switch (q.type) {
      case 'match': {
        const [a, b] = q.items;
        return { ...q.answer, [a!.id]: q.answer[b!.id]! };
      }
      case 'order': {
        const [first, ...rest] = q.answer;
        return [...rest, first!];
      }
      case 'select-all':
        return q.answer.slice(1);
      case 'fill-blank':
        return 'wrong';
      default:
        return q.options.find((o) => o.id !== q.answer)!.id;
    }
  }

  test('each result carries its credit and whole-question correct; score and byTheme sum credits', () => {
    assert.deepEqual(questions.map((q) => q.type).sort(), ['match', 'order', 'select-all', 'true-false']);
    const answers = Object.fromEntries(questions.map((q) => [q.id, partlyRight(q)]));
    const results = scoreSession({ ...state, answers }, questions, themes);
    const expected = questions.map((q) => scoreAnswer(q, answers[q.id]).credit);
    assert.deepEqual(results.results.map((r) => r.credit), expected.map((c) => Math.round(c * 100) / 100));
    assert.deepEqual(results.results.map((r) => r.correct), [false, false, false, false]);
    const sum = expected.reduce((a, b) => a + b, 0);
    assert.ok(sum > 0 && sum < 4);
    assert.equal(results.score, Math.round(sum * 100) / 100);
    assert.equal(typeof results.score, 'number');
    assert.equal(results.percent, Math.round((sum / 4) * 100));
    const byTheme = results.byTheme.reduce((total, row) => total + row.score, 0);
    assert.ok(Math.abs(byTheme - results.score) < 0.02, `${byTheme} vs ${results.score}`);
    assert.ok(results.results.filter((r) => r.credit > 0 && r.credit < 1).every((r) => r.parts !== undefined));
  });

  test('retrying takes every question not fully correct, partly right ones included', () => {
    const [right, ...partly] = questions;
    const answers = Object.fromEntries([
      [right!.id, right!.answer as Answer],
      ...partly.map((q) => [q.id, partlyRight(q)] as const),
    ]);
    const next = retryMissed({ ...state, answers }, questions, 1);
    assert.deepEqual(next.questionIds, partly.map((q) => q.id));
  });
});
