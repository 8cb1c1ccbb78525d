import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClassView } from '../../src/core/quiz/class-view.js';
import type { SessionOptions } from '../../src/core/quiz/session.js';
import { simulateClass } from '../../scripts/simulate-class.js';
import { loadContent } from './helpers.js';

const content = loadContent('content/en.json');
const labels = { wrongFillBlank: '(wrong)', duplicate: 'duplicate' };
const options: SessionOptions = { seed: 'class-7b', count: 10, mode: 'test', types: [], themes: [] };

test('a simulated class of 30 with one miskeyed question: the item analysis flags that question', () => {
  const miskeyed = 4;
  const simulated = simulateClass(content, options, 30, miskeyed);
  const view = buildClassView(simulated.codes.join('\n'), content, simulated.options, simulated.questions, labels);
  assert.equal(view.accepted, 30);
  const bad = view.questions[miskeyed - 1]!;
  assert.ok(bad.discrimination! <= -0.2, `the miskeyed question correlates negatively (r = ${bad.discrimination})`);
  assert.ok(bad.flags.includes('negative'), `flags: ${bad.flags.join(', ')}`);
  assert.ok(bad.flags.includes('strong-miss'), 'the strongest students mostly miss it');
  assert.ok(bad.lowerCredit! > bad.upperCredit!, 'the weakest group does better on it than the strongest');
  // The sound questions behave as sound items do: positive on the whole, none flagged as negative.
  const sound = view.questions.filter((q) => q.number !== miskeyed);
  const discriminations = sound.map((q) => q.discrimination).filter((r): r is number => r !== undefined);
  assert.ok(discriminations.length >= 8);
  assert.ok(discriminations.reduce((a, b) => a + b, 0) / discriminations.length > 0.25, discriminations.join(', '));
  for (const q of sound) assert.ok(!q.flags.includes('negative'), `question ${q.number}: ${q.discrimination}`);
});

test('the same class without the miskeyed question flags nothing as negative, and is the same class every run', () => {
  const a = simulateClass(content, options, 30);
  assert.deepEqual(simulateClass(content, options, 30).codes, a.codes, 'seeded: a rerun gives the same codes');
  const view = buildClassView(a.codes.join('\n'), content, a.options, a.questions, labels);
  for (const q of view.questions) assert.ok(!q.flags.includes('negative'), `question ${q.number}: ${q.discrimination}`);
  // Scores follow ability: the simulated abilities and the scores the class view read from the codes agree.
  const scores = view.lines.filter((l) => l.status === 'ok').map((l) => l.score!);
  const rank = (values: number[]) => values.map((v) => values.filter((w) => w < v).length);
  const [ra, rs] = [rank(a.abilities), rank(scores)];
  const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
  const [ma, ms] = [mean(ra), mean(rs)];
  const cov = ra.reduce((s, x, i) => s + (x - ma) * (rs[i]! - ms), 0);
  const spread = (v: number[], m: number) => Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0));
  assert.ok(cov / (spread(ra, ma) * spread(rs, ms)) > 0.6, 'rank correlation of ability and score');
});
