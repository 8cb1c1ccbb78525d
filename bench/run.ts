/**
 * `npm run bench`: every benchmark of the project (not part of the tests).
 * Quiz generation in Node, then the built demo site in headless Chromium and
 * Lighthouse (bench/browser.ts). Prints one table at the end; every number is
 * a median, so one slow run (another process on the machine) does not skew it.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Content } from '../src/core/content/schema.js';
import { validateContent } from '../src/core/content/validate.js';
import { generateQuiz } from '../src/core/questions/generate.js';
import { parseThemes, parseTypes } from '../src/core/quiz/session.js';
import { runBrowserBench, LOAD_RUNS, MEMORY_RUNS, RADIO_TYPES, RENDER_RUNS, THROTTLE_RATE, type BrowserResults } from './browser.js';
import { runGeneratorBench, timeQuiz } from './generator.js';
import { makeSyntheticContent } from './synthetic.js';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const log = (line: string) => console.log(`  · ${line}`);
const benchStart = performance.now();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const factCount = (c: Content) => c.glossary.length + c.events.length + c.claims.length + c.groups.length + c.blanks.length;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' ms';
const medianMs = (values: number[]) => (values.length ? ms(median(values)) : '—');

console.log(`Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}, load average before starting ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
console.log('Every number below is a median of the runs shown. Other processes on the machine may slow single runs.\n');

// Quiz generation in Node.
let started = performance.now();
const generator = runGeneratorBench();
const english = JSON.parse(readFileSync('content/en.json', 'utf8')) as Content;
const defaultFacts = factCount(english);
const tenfold = makeSyntheticContent(defaultFacts * 10);
const tenfoldCheck = validateContent(tenfold);
if (!tenfoldCheck.ok) throw new Error(`synthetic content is invalid: ${tenfoldCheck.errors[0]!.path}: ${tenfoldCheck.errors[0]!.message}`);
const tenfoldGeneration = timeQuiz(tenfold, 30);
const validationTimes: number[] = [];
for (let i = 0; i < 11; i++) {
  const start = performance.now();
  validateContent(tenfold);
  if (i > 0) validationTimes.push(performance.now() - start);
}
log(`quiz generation in Node (${((performance.now() - started) / 1000).toFixed(1)} s)`);

// A seed whose first question is answered with radio buttons, chosen as the quiz element chooses its questions.
let seed = 'bench-0';
for (let i = 0; i < 100; i++) {
  const candidate = `bench-${i}`;
  const first = generateQuiz(english, { seed: candidate, count: 10, types: parseTypes(undefined), themes: parseThemes(undefined, english) }).questions[0];
  if (first && RADIO_TYPES.has(first.type)) {
    seed = candidate;
    break;
  }
}

// The browser.
started = performance.now();
const browser: BrowserResults = await runBrowserBench({
  seed,
  defaultJson: JSON.stringify(english),
  syntheticJson: JSON.stringify(tenfold),
  log,
});
log(`browser benchmarks (${((performance.now() - started) / 1000).toFixed(1)} s)`);

// The table.
type Row = [string, string, string, string] | string;
const rows: Row[] = [];
const header: [string, string, string, string] = ['Measure', 'Median', `Median, ${THROTTLE_RATE}× CPU throttling`, 'Runs'];

rows.push('Quiz generation in Node, 20 questions');
for (const row of generator) rows.push([`  ${row.name}`, ms(row.medianMs), '', String(row.runs)]);
rows.push([`  synthetic, ${factCount(tenfold).toLocaleString('en')} facts (10× default)`, ms(tenfoldGeneration), '', '30']);
rows.push([`  validateContent() of those ${factCount(tenfold).toLocaleString('en')} facts`, medianMs(validationTimes), '', String(validationTimes.length)]);

const browserName = `headless Chromium ${browser.chromium?.replace(/^[A-Za-z]+\//, '') ?? ''}`.trim();
if (browser.chromiumMissing) {
  rows.push(`Browser: not measured (${browser.chromiumMissing})`);
} else {
  rows.push(`Demo page /index.html?seed=${seed}, ${browserName}, fresh page and context per run, cache disabled`);
  if (browser.loadError) rows.push(`  not measured: ${browser.loadError}`);
  const plain = browser.load[1]!;
  const slow = browser.load[THROTTLE_RATE]!;
  const runs = (a: number[], b: number[]) => `${a.length} + ${b.length}`;
  rows.push(['  navigation start → first contentful paint (page header)', medianMs(plain.fcp), medianMs(slow.fcp), runs(plain.fcp, slow.fcp)]);
  rows.push(['  navigation start → explainer on screen (prerendered or rendered)', medianMs(plain.explainer), medianMs(slow.explainer), runs(plain.explainer, slow.explainer)]);
  rows.push(['  navigation start → explainer rendered by the element (live)', medianMs(plain.live), medianMs(slow.live), runs(plain.live, slow.live)]);
  rows.push(['  navigation start → largest contentful paint', medianMs(plain.lcp), medianMs(slow.lcp), runs(plain.lcp, slow.lcp)]);
  rows.push(['  navigation start → first question interactive', medianMs(plain.quiz), medianMs(slow.quiz), runs(plain.quiz, slow.quiz)]);
  rows.push(['  navigation start → whole explainer rendered and painted', medianMs(plain.whole), medianMs(slow.whole), runs(plain.whole, slow.whole)]);
  rows.push(['  main-thread blocking until then (long tasks beyond 50 ms)', medianMs(plain.blocking), medianMs(slow.blocking), runs(plain.blocking, slow.blocking)]);
  rows.push(['  answer click → next paint (rAF + setTimeout 0)', medianMs(plain.click), medianMs(slow.click), runs(plain.click, slow.click)]);
  rows.push([
    '  same click, Event Timing duration (≥ 16 ms only)',
    plain.eventTiming.length ? `${medianMs(plain.eventTiming)} (${plain.eventTiming.length})` : 'none ≥ 16 ms',
    slow.eventTiming.length ? `${medianMs(slow.eventTiming)} (${slow.eventTiming.length})` : 'none ≥ 16 ms',
    runs(plain.click, slow.click),
  ]);
  if (browser.firstLoad) {
    const total = browser.firstLoad.reduce((sum, file) => sum + file.gzip, 0);
    rows.push(`  fetched before the element's first render, gzip -9: ${(total / 1024).toFixed(1)} KB in ${browser.firstLoad.length} files`);
    rows.push(`    ${browser.firstLoad.map((file) => `${file.file.replace(/^assets\//, '')} ${(file.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
  }
  rows.push('JS heap in use after garbage collection (Runtime.getHeapUsage usedSize; 1 MB = 10^6 bytes)');
  if (browser.memoryError) rows.push(`  not measured: ${browser.memoryError}`);
  const mb = (values: number[]) => (values.length ? `${median(values).toFixed(2)} MB` : '—');
  rows.push(['  after load, before answering', mb(browser.heapAfterLoad), '', String(browser.heapAfterLoad.length)]);
  rows.push(['  after a full 10-question quiz (results shown)', mb(browser.heapAfterQuiz), '', String(browser.heapAfterQuiz.length)]);
  rows.push('<ece-explainer> from .content, timed from the assignment: async validation + render');
  if (browser.renderError) rows.push(`  not measured: ${browser.renderError}`);
  for (const [key, label] of [
    ['default', `default content (${defaultFacts} facts)`],
    ['synthetic', `synthetic, ${factCount(tenfold).toLocaleString('en')} facts (10×)`],
  ] as const) {
    const r = browser.render[key];
    rows.push([`  ${label}: article in the DOM`, medianMs(r.dom), '', String(r.dom.length)]);
    rows.push([`  ${label}: next frame painted`, medianMs(r.painted), '', String(r.painted.length)]);
    rows.push([`  ${label}: whole page rendered, next frame painted`, medianMs(r.complete), '', String(r.complete.length)]);
  }
}
if (browser.lighthouse) {
  const lh = browser.lighthouse;
  const runs = String(lh.runs ?? 1);
  rows.push(`Lighthouse ${lh.version} on /index.html (${lh.formFactor}), scores 0–100, the run with the median performance score`);
  rows.push(['  performance', `${lh.performance}${lh.performanceRange ? ` (${lh.performanceRange})` : ''}`, '', runs]);
  rows.push(['  accessibility', String(lh.accessibility), '', runs]);
  rows.push(['  best practices', String(lh.bestPractices), '', runs]);
  rows.push(`  metrics of that run (simulated): ${lh.metrics}`);
} else {
  rows.push(`Lighthouse: not measured (${browser.lighthouseError ?? browser.chromiumMissing ?? 'unknown'})`);
}

const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.filter((row): row is [string, string, string, string] => typeof row !== 'string').map((row) => row[column]!.length)),
);
const line = (cells: string[]) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
console.log('');
console.log(line(header));
console.log(widths.map((width) => '─'.repeat(width)).join('  '));
for (const row of rows) console.log(typeof row === 'string' ? row : line(row));
console.log('');
console.log(
  [
    `Runs "a + b": a without throttling, b with ${THROTTLE_RATE}× CPU throttling (CDP Emulation.setCPUThrottlingRate), alternating; one click per page.`,
    `Load and click: ${LOAD_RUNS} fresh pages per rate. Memory: ${MEMORY_RUNS} fresh pages, each answering all 10 questions (Check, then Next / See results). Render: ${RENDER_RUNS} fresh pages per size.`,
    'Load times are performance.now() in the page (0 = navigation start), read by a requestAnimationFrame loop: ±1 frame (~17 ms).',
    '"On screen": the <article> exists in ece-explainer\'s shadow root (the built demo page carries it prerendered); "live": the element has rendered it',
    '(hasUpdated), which replaces prerendered markup. "Interactive": .question-prompt is shown and the question has an enabled control.',
    'The quiz renders after the explainer: its code loads as a chunk after the first paint (README, "What loads when"). The first render holds the',
    'explainer\'s header, contents and first two sections; the rest follows a few blocks per task ("whole explainer": its updateComplete resolved).',
    '"Blocking": the Long Tasks API\'s tasks, each counted beyond 50 ms, until the whole explainer is rendered and the page is idle (like TBT).',
    `The click selects the first radio button of question 1 (${browser.firstQuestionType ?? '?'}); the render rows include the element\'s async content validation (validate chunk preloaded).`,
    `Total time ${((performance.now() - benchStart) / 1000).toFixed(0)} s.`,
  ].join('\n'),
);
