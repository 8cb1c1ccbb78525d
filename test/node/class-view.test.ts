import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from '../../src/core/questions/types.js';
import { buildClassView, classCsv, itemAnalysisCsv } from '../../src/core/quiz/class-view.js';
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

test('the class view uses partial credit: scores sum credits, per question the mean credit, the CSV each credit', () => {
  // The first seed whose three questions are one match, one select-all and one true/false.
  let partialOptions: SessionOptions = { seed: 'lesson-6', count: 3, mode: 'test', types: ['match', 'select-all', 'true-false'], themes: [] };
  let quiz = startSession(content, partialOptions, 0).questions;
  for (let i = 0; new Set(quiz.map((q) => q.type)).size < 3; i++) {
    if (i > 500) throw new Error('no seed in 500 gives one question of each of the three types');
    partialOptions = { ...partialOptions, seed: `lesson-6-${i}` };
    quiz = startSession(content, partialOptions, 0).questions;
  }
  const match = quiz.find((q) => q.type === 'match')!;
  const selectAll = quiz.find((q) => q.type === 'select-all')!;
  const trueFalse = quiz.find((q) => q.type === 'true-false')!;
  assert.ok(match.type === 'match' && selectAll.type === 'select-all' && trueFalse.type === 'true-false');
  const [a, b] = match.items;
  const swapped = { ...match.answer, [a!.id]: match.answer[b!.id]!, [b!.id]: match.answer[a!.id]! };
  const right = { [match.id]: match.answer, [selectAll.id]: selectAll.answer, [trueFalse.id]: trueFalse.answer };
  const partly = { [match.id]: swapped, [selectAll.id]: selectAll.answer.slice(1), [trueFalse.id]: trueFalse.answer };
  const codes = [encodeResultCode(content, partialOptions, quiz, right, 'Ana'), encodeResultCode(content, partialOptions, quiz, partly, 'Ben')];
  const view = buildClassView(codes.join('\n'), content, partialOptions, quiz, labels);
  const matchCredit = (match.items.length - 2) / match.items.length;
  const selectCredit = (selectAll.answer.length - 1) / selectAll.answer.length;
  const ben = view.lines[1]!;
  const at = (q: { id: string }) => quiz.findIndex((x) => x.id === q.id);
  assert.equal(ben.credit![at(match)], Math.round(matchCredit * 100) / 100);
  assert.equal(ben.credit![at(selectAll)], Math.round(selectCredit * 100) / 100);
  assert.equal(ben.score, Math.round((matchCredit + selectCredit + 1) * 100) / 100);
  assert.deepEqual(ben.correct!.filter(Boolean).length, 1);
  assert.equal(view.partial, true);
  assert.equal(view.distribution[Math.floor(ben.score!)], 1, 'a partial score counts toward the whole number below it');
  assert.equal(view.distribution[3], 1);
  const matchStats = view.questions[at(match)]!;
  assert.equal(matchStats.correct, 1);
  assert.equal(matchStats.partlyRight, 1);
  assert.equal(matchStats.shareCorrect, 0.5);
  assert.ok(Math.abs(matchStats.meanCredit - (1 + Math.round(matchCredit * 100) / 100) / 2) < 1e-9);
  assert.equal(view.meanPercent, Math.round(((3 + ben.score!) / 6) * 100));
  const csv = classCsv(view).trim().split('\r\n');
  assert.equal(csv[2], ['2', 'Ben', String(ben.score), '3', ...ben.credit!.map(String)].join(','));
});

test('the class view leaves out a code from another generator version, saying so', () => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, (q.type === 'fill-blank' ? q.answer[0]! : q.answer) as Answer]));
  const older = encodeResultCode(content, options, questions, answers, 'Old', 1);
  const view = buildClassView([codeFor([true, true, true, true], 'Ana'), older].join('\n'), content, options, questions, labels);
  assert.equal(view.accepted, 1);
  assert.deepEqual(view.lines.map((l) => [l.status, l.generatorVersion]), [['ok', undefined], ['other-version', 1]]);
  assert.equal(view.lines[1]!.score, undefined, 'never scored');
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
  assert.deepEqual(data.results.map((r) => r.credit), [1, 1, 1, 1]);
  const csv = resultCsv(data).trim().split('\r\n');
  assert.equal(csv.length, 6);
  assert.equal(csv[0], 'number,question_id,type,theme,correct,answer,correct_answer,credit');
  assert.match(csv[1]!, /,1$/);
  assert.match(csv[5]!, /^total,.*,4\/4,100%,,4$/);
});

test('downloads carry partial credit: the score sums credits, each row its credit', () => {
  const partialOptions: SessionOptions = { seed: 'lesson-6', count: 2, mode: 'test', types: ['select-all'], themes: [] };
  const { state, questions: quiz } = startSession(content, partialOptions, 0);
  const answers: Record<string, Answer> = {};
  for (const q of quiz) answers[q.id] = q.type === 'select-all' ? q.answer.slice(1) : (q.answer as Answer);
  const results = scoreSession({ ...state, answers }, quiz, content.themes.map((t) => t.id));
  const data = resultExport(content.id, content.version, partialOptions, quiz, answers, results, 'CODE', '');
  const selectAll = quiz.findIndex((q) => q.type === 'select-all');
  const credit = results.results[selectAll]!.credit;
  assert.ok(credit > 0 && credit < 1);
  assert.equal(data.results[selectAll]!.credit, credit);
  assert.equal(data.results[selectAll]!.correct, false);
  assert.equal(data.score, results.score);
  // Every select-all item lost one right choice; the rest are right.
  const expected = quiz.reduce((sum, q, i) => sum + (q.type === 'select-all' ? results.results[i]!.credit : 1), 0);
  assert.equal(data.score, Math.round(expected * 100) / 100);
  const csv = resultCsv(data).trim().split('\r\n');
  assert.ok(csv[selectAll + 1]!.endsWith(`,${credit}`), csv[selectAll + 1]!);
  assert.ok(csv[quiz.length + 1]!.includes(`${data.score}/${quiz.length}`), csv[quiz.length + 1]!);
});

test('item analysis: discrimination is the correlation of a question with the rest of the score, and the flags say what to check', () => {
  // Ten students, strongest first on questions 2 and 4; question 1 goes against them (the strong miss it,
  // the weak get it), question 3 everyone gets right.
  const pattern: boolean[][] = [
    [false, true, true, true],
    [false, true, true, true],
    [false, true, true, true],
    [false, true, true, true],
    [false, true, true, false],
    [true, true, true, false],
    [true, false, true, true],
    [true, false, true, false],
    [true, false, true, false],
    [true, false, true, false],
  ];
  const codes = pattern.map((right, i) => codeFor(right, `S${i}`));
  const view = buildClassView(codes.join('\n'), content, options, questions, labels);
  assert.equal(view.accepted, 10);
  const [q1, q2, q3, q4] = view.questions;
  // The reference value, computed here independently: Pearson's r of each item with the sum of the others.
  const pearson = (xs: number[], ys: number[]) => {
    const m = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [mx, my] = [m(xs), m(ys)];
    const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
    const sd = (v: number[], mv: number) => Math.sqrt(v.reduce((s, x) => s + (x - mv) ** 2, 0));
    return cov / (sd(xs, mx) * sd(ys, my));
  };
  const credit = pattern.map((row) => row.map(Number));
  for (const [index, stats] of [q1, q2, q4].map((q, i) => [[0, 1, 3][i]!, q!] as const)) {
    const own = credit.map((row) => row[index]!);
    const rest = credit.map((row) => row.reduce((a, b) => a + b, 0) - row[index]!);
    assert.equal(stats.discrimination, Math.round(pearson(own, rest) * 100) / 100, `question ${index + 1}`);
  }
  assert.ok(q1!.discrimination! < -0.5, 'the pattern makes question 1 strongly negative');
  assert.ok(q1!.flags.includes('negative'));
  assert.equal(q3!.discrimination, undefined, 'nobody missed question 3, so it has no spread');
  assert.deepEqual(q3!.flags, ['nobody-misses']);
  // The strongest 27 % (3 of 10) by the other questions: the first four students tie at the top and share the
  // three places — all missed question 1.
  assert.equal(q1!.upperCredit, 0);
  assert.ok(q1!.flags.includes('strong-miss'));
  assert.equal(q1!.lowerCredit, 1, 'the weakest three all got question 1');
  for (const q of view.questions) assert.match(q.contentPath, /^(claims|glossary|events|groups|blanks|decisionTree\.scenarios)\[\d+\]$/, q.id);
  const csv = itemAnalysisCsv(view).trim().split('\r\n');
  assert.equal(csv.length, 5);
  assert.equal(csv[0], 'number,question_id,type,content_path,section,answered,share_correct,mean_credit,discrimination,upper_credit,lower_credit,flags,wrong_answers');
  // A negative discrimination stays a number in the CSV (text with a leading minus is neutralised, numbers are not).
  assert.match(csv[1]!, new RegExp(`,${q1!.discrimination},`));
});

test('item analysis waits for enough codes: none below five, no groups below ten', () => {
  const few = buildClassView([codeFor([true, false, true, false], 'A'), codeFor([false, true, true, true], 'B')].join('\n'), content, options, questions, labels);
  for (const q of few.questions) {
    assert.equal(q.discrimination, undefined);
    assert.equal(q.upperCredit, undefined);
    assert.deepEqual(q.flags, []);
  }
  const five = buildClassView(
    [[true, false], [true, true], [false, true], [false, false], [true, true]].map(([a, b], i) => codeFor([a!, b!, true, a!], `F${i}`)).join('\n'),
    content,
    options,
    questions,
    labels,
  );
  assert.notEqual(five.questions[0]!.discrimination, undefined);
  assert.equal(five.questions[0]!.upperCredit, undefined);
});

test('item analysis does not depend on the order the codes were pasted (students tied at the group cut-off share the places)', () => {
  const pattern: boolean[][] = [
    [false, true, true, false],
    [true, true, true, false],
    [false, true, true, true],
    [true, false, true, true],
    [false, false, true, false],
    [true, true, true, true],
    [false, true, true, false],
    [true, false, true, false],
    [false, false, true, true],
    [true, true, true, false],
    [false, true, true, true],
  ];
  const codes = pattern.map((right, i) => codeFor(right, `T${i}`));
  const stats = (list: string[]) =>
    buildClassView(list.join('\n'), content, options, questions, labels).questions.map((q) => [q.discrimination, q.upperCredit, q.lowerCredit, [...q.flags].sort()]);
  const forward = stats(codes);
  assert.deepEqual(stats([...codes].reverse()), forward);
  assert.deepEqual(stats([...codes.slice(5), ...codes.slice(0, 5)]), forward);
});

test('item analysis flags an item nobody got right, and a negative correlation only when it is clear and the class has ten codes', () => {
  const nobody = [0, 1, 2, 3, 4].map((i) => codeFor([i % 2 === 0, false, true, i < 2], `N${i}`));
  const small = buildClassView(nobody.join('\n'), content, options, questions, labels);
  assert.deepEqual(small.questions[1]!.flags, ['nobody-right']);
  assert.equal(small.questions[1]!.discriminationMissing, 'no-spread');
  // Five codes: a negative r is shown but not flagged (chance moves it too much).
  for (const q of small.questions) assert.ok(!q.flags.includes('negative'), `question ${q.number}`);
  const few = buildClassView(nobody.slice(0, 3).join('\n'), content, options, questions, labels);
  assert.equal(few.questions[0]!.discriminationMissing, 'few-codes');
  // No "-0": a correlation that rounds to zero is 0 on the page and in the CSV.
  for (const q of small.questions) if (q.discrimination !== undefined) assert.ok(!Object.is(q.discrimination, -0));
});
