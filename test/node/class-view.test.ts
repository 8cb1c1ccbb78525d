import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from '../../src/core/questions/types.js';
import { buildClassView, classCsv } from '../../src/core/quiz/class-view.js';
import { csvField, resultCsv, resultExport } from '../../src/core/quiz/export.js';
import { encodeResultCode } from '../../src/core/quiz/result-code.js';
import { scoreSession, startSession, type SessionOptions } from '../../src/core/quiz/session.js';
import { loadContent } from './helpers.js';

const content = loadContent('test/fixtures/solar-system.json');
const options: SessionOptions = { seed: 'lesson-4', count: 4, mode: 'test', types: ['true-false', 'group-member', 'fill-blank', 'date'], themes: [] };
const { questions } = startSession(content, options, 0);
const labels = { wrongFillBlank: '(wrong)', duplicate: 'duplicate' };

/** Wrong option id for single-choice questions. */
const wrongOf = (i: number) => {
  const q = questions[i]!;
  return 'options' in q && typeof q.answer === 'string' ? q.options.find((o) => o.id !== q.answer)!.id : 'nope';
};

function codeFor(rightAt: boolean[], name: string): string {
  const answers: Record<string, Answer> = {};
  questions.forEach((q, i) => {
    if (q.type === 'fill-blank') answers[q.id] = rightAt[i] ? q.answer[0]! : 'wrong guess';
    else answers[q.id] = rightAt[i] ? (q.answer as Answer) : wrongOf(i);
  });
  return encodeResultCode(content, options, questions, answers, name);
}

test('the class view counts a known set of codes exactly', () => {
  const a = codeFor([true, true, true, true], 'Ana');
  const b = codeFor([true, false, true, false], 'Ben');
  const c = codeFor([false, false, true, false], 'Cy');
  const damaged = a.slice(0, -3) + (a.endsWith('Z') ? 'Y' : 'Z') + a.slice(-2);
  const other = encodeResultCode(content, { ...options, seed: 'lesson-5' }, startSession(content, { ...options, seed: 'lesson-5' }, 0).questions, {});
  const view = buildClassView([a, '', b, c, damaged, other, 'garbage', b].join('\n'), content, options, questions, labels);
  assert.equal(view.accepted, 3);
  assert.deepEqual(view.lines.map((l) => [l.line, l.status]), [[1, 'ok'], [3, 'ok'], [4, 'ok'], [5, 'damaged'], [6, 'other-quiz'], [7, 'damaged'], [8, 'duplicate']]);
  assert.deepEqual(view.distribution, [0, 1, 1, 0, 1]);
  assert.equal(view.meanPercent, Math.round((7 / 12) * 100));
  assert.deepEqual(view.questions.map((q) => q.correct), [2, 1, 3, 1]);
  assert.deepEqual(view.questions.map((q) => Math.round(q.shareCorrect * 100)), [67, 33, 100, 33]);
  assert.deepEqual(view.byDifficulty, [2, 4, 1, 3]);
  const q2 = view.questions[1]!;
  assert.equal(q2.wrongAnswers.reduce((n, w) => n + w.count, 0), 2);
  const csv = classCsv(view).trim().split('\r\n');
  assert.equal(csv.length, 4);
  assert.equal(csv[1], '1,Ana,4,4,1,1,1,1');
});

test('the class view never breaks on any pasted text', () => {
  for (const text of ['', '\n\n', '....', 'a.b.c.d', '%%%.ZZZZ', '\u0000', 'x'.repeat(10000)]) {
    const view = buildClassView(text, content, options, questions, labels);
    assert.equal(view.accepted, 0);
  }
});

test('downloads: CSV quotes and neutralises formulas; JSON carries the code and every answer', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  const answers = Object.fromEntries(questions.map((q) => [q.id, (q.type === 'fill-blank' ? q.answer[0]! : q.answer) as Answer]));
  const state = { ...startSession(content, options, 0).state, answers };
  const results = scoreSession(state, questions, content.themes.map((t) => t.id));
  const data = resultExport(content.id, content.version, options, questions, answers, results, 'CODE', 'Ana');
  assert.equal(data.score, 4);
  assert.equal(data.results.length, 4);
  const csv = resultCsv(data).trim().split('\r\n');
  assert.equal(csv.length, 6);
  assert.match(csv[0]!, /^number,question_id/);
});
