/** Generator benchmark: a 20-question quiz from the default content and from synthetic content of growing size. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Content } from '../src/core/content/schema.js';
import { parseContent, validateContent } from '../src/core/content/validate.js';
import { generateQuiz } from '../src/core/questions/generate.js';
import { makeSyntheticContent } from './synthetic.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds of `runs` timed runs after `warmup` untimed ones, each with a fresh seed. */
export function timeQuiz(content: Content, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) generateQuiz(content, { seed: `warmup-${i}`, count: 20 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    generateQuiz(content, { seed: `run-${i}`, count: 20 });
    times.push(performance.now() - start);
  }
  return median(times);
}

export function runGeneratorBench(): { name: string; facts: number; medianMs: number; runs: number }[] {
  const parsed = parseContent(readFileSync(new URL('../content/en.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('content/en.json is invalid: run npm run validate -- content/en.json');
  const english = parsed.content;
  const englishFacts = english.glossary.length + english.events.length + english.claims.length + english.groups.length + english.blanks.length;
  const rows = [{ name: 'default content (en.json)', facts: englishFacts, runs: 50, medianMs: timeQuiz(english, 50) }];
  for (const [facts, runs] of [[1_000, 30], [10_000, 15], [100_000, 5]] as const) {
    const content = makeSyntheticContent(facts);
    if (facts === 1_000) {
      const check = validateContent(content);
      if (!check.ok) throw new Error(`synthetic content is invalid: ${check.errors[0]!.path}: ${check.errors[0]!.message}`);
    }
    rows.push({ name: `synthetic, ${facts.toLocaleString('en')} facts`, facts, runs, medianMs: timeQuiz(content, runs, 1) });
  }
  // One big kind: term questions draw wrong options from one shared list, which must stay linear.
  const oneKind = makeSyntheticContent(20_000);
  for (const term of oneKind.glossary) term.kind = 'one-kind';
  rows.push({ name: `synthetic, 20,000 facts, all ${oneKind.glossary.length.toLocaleString('en')} terms of one kind`, facts: 20_000, runs: 5, medianMs: timeQuiz(oneKind, 5, 1) });
  return rows;
}
