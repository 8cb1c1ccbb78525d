/**
 * Browser benchmarks of the built demo site in headless Chromium, driven over
 * CDP by puppeteer-core (the copy @web/test-runner-chrome depends on), and a
 * Lighthouse run. Self-contained: builds the demo site into a temporary folder and serves it on a free port,
 * launches its own browser with a temporary profile, and stops and removes
 * everything it started, also on failure, Ctrl-C or its own time limit.
 *
 * Page code is passed as strings, not functions: tsx compiles this file with
 * esbuild's keepNames, whose `__name(...)` helper does not exist in the page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { puppeteerCore } from '@web/test-runner-chrome';

type Browser = puppeteerCore.Browser;
type Page = puppeteerCore.Page;
type CDPSession = puppeteerCore.CDPSession;
type ElementHandle<T extends Node = Element> = puppeteerCore.ElementHandle<T>;

/** Fresh pages per throttling rate for load times and answer clicks (one click per page). */
export const LOAD_RUNS = 12;
/** Fresh pages that each complete a whole quiz before the heap is read. */
export const MEMORY_RUNS = 5;
/** Lighthouse runs (the one with the median performance score is reported). */
export const LIGHTHOUSE_RUNS = 5;
/** Fresh pages per content size for the explainer render from `.content`. */
export const RENDER_RUNS = 7;
export const THROTTLE_RATE = 4;

const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** Question types answered with radio buttons (one option id). */
export const RADIO_TYPES = new Set(['term-definition', 'definition-term', 'true-false', 'date', 'group-member', 'scenario', 'blank-choice']);

export interface Series {
  /** First contentful paint (the page's own header), for comparison. */
  fcp: number[];
  /** The lesson on screen: the explainer's article exists (prerendered in the page's HTML, or rendered by the element). */
  explainer: number[];
  /** The element's own first render of the explainer (the prerendered markup replaced): from here it answers the reader. */
  live: number[];
  /** Largest contentful paint (the last candidate before the first input). */
  lcp: number[];
  quiz: number[];
  /** The whole explainer rendered (it renders progressively) and the next frame painted. */
  whole: number[];
  /** Sum over long tasks (Long Tasks API) of their time beyond 50 ms, from navigation until the whole explainer is rendered and the page settled. */
  blocking: number[];
  click: number[];
  /** Event Timing `click` durations; the API reports only events of 16 ms or more. */
  eventTiming: number[];
}

export interface BrowserResults {
  chromium?: string;
  chromiumMissing?: string;
  seed: string;
  firstQuestionType?: string;
  /** What the demo page fetched before the element's first render of the explainer, with each file's gzip -9 size. */
  firstLoad?: { file: string; gzip: number }[];
  load: Record<number, Series>;
  loadError?: string;
  heapAfterLoad: number[];
  heapAfterQuiz: number[];
  memoryError?: string;
  render: Record<'default' | 'synthetic', { dom: number[]; painted: number[]; complete: number[]; sections: number }>;
  renderError?: string;
  lighthouse?: {
    version: string;
    performance: number;
    accessibility: number;
    bestPractices: number;
    formFactor: string;
    metrics: string;
    /** How many runs; the others are those of the run with the median performance score. */
    runs?: number;
    performanceRange?: string;
  };
  lighthouseError?: string;
}

export interface BrowserBenchOptions {
  /** A seed whose first question uses radio buttons, so every click changes an answer. */
  seed: string;
  /** content/en.json as JSON text. */
  defaultJson: string;
  /** The 10× synthetic content as JSON text. */
  syntheticJson: string;
  log: (line: string) => void;
}

export function findChrome(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));
}

/**
 * Installed in every page before its scripts: a requestAnimationFrame loop that
 * records performance.now() (ms since navigation start) when the explainer's
 * article first exists and when the first question is first interactive, and a
 * click listener that measures from the click's timeStamp to the next frame
 * plus a setTimeout 0 after it (i.e. after that frame's paint).
 */
const PAGE_SCRIPT = `(() => {
  const b = (window.__bench = { explainer: null, live: null, quiz: null, lcp: null, events: [] });
  let resolveReady;
  b.ready = new Promise((resolve) => (resolveReady = resolve));
  const host = () => document.getElementById('explainer');
  b.explainerRoot = () => host()?.shadowRoot?.querySelector('ece-explainer')?.shadowRoot ?? null;
  b.quizRoot = () => host()?.shadowRoot?.querySelector('ece-quiz')?.shadowRoot ?? null;
  b.question = () => b.quizRoot()?.querySelector('.question') ?? null;
  b.firstControl = () => b.question()?.querySelector('input:not(:disabled), select:not(:disabled), button:not(:disabled)') ?? null;
  const poll = () => {
    const now = performance.now();
    if (b.explainer === null && b.explainerRoot()?.querySelector('article')) b.explainer = now;
    // A prerendered explainer is there before its element has rendered (hasUpdated stays false until then).
    if (b.live === null && host()?.shadowRoot?.querySelector('ece-explainer')?.hasUpdated && b.explainerRoot()?.querySelector('article')) b.live = now;
    if (b.quiz === null && b.quizRoot()?.querySelector('section.quiz .question-prompt') && b.firstControl()) b.quiz = now;
    if (b.explainer !== null && b.live !== null && b.quiz !== null) resolveReady({ explainer: b.explainer, live: b.live, quiz: b.quiz });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  b.armClick = () => { b.clickDone = new Promise((resolve) => (b.resolveClick = resolve)); b.events.length = 0; };
  addEventListener('click', (event) => {
    const resolve = b.resolveClick;
    if (!resolve) return;
    b.resolveClick = undefined;
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) b.events.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) b.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  b.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) b.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  b.blocking = () => b.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
  // The explainer renders progressively; its updateComplete resolves once everything is rendered.
  b.whole = () => host().shadowRoot.querySelector('ece-explainer').updateComplete.then(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
  );
})();`;

/** Waits until the page is idle (or 2 s), then two frames. */
const SETTLE = `new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))), { timeout: 2000 }))`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const evaluate = <T>(page: Page, expression: string, what: string, ms = 60_000) => withTimeout(page.evaluate(expression) as Promise<T>, ms, what);

async function element<T extends Element = Element>(page: Page, expression: string, what: string): Promise<ElementHandle<T>> {
  const handle = (await page.evaluateHandle(expression)).asElement();
  if (!handle) throw new Error(`not found: ${what}`);
  return handle as ElementHandle<T>;
}

/** A fresh page in its own browser context (empty storage and cache), cache disabled, CPU throttled by `rate`. */
async function openPage(browser: Browser, url: string, rate: number) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.evaluateOnNewDocument(PAGE_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const ready = await evaluate<{ explainer: number; live: number; quiz: number }>(page, 'window.__bench.ready', 'explainer and first question');
    return { context, page, cdp, ready };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Clicks the first radio of the current question (or its first control) and returns input-to-next-paint and Event Timing. */
async function timeClick(page: Page): Promise<{ ms: number; eventTiming?: number }> {
  await evaluate(page, SETTLE, 'settle');
  const target = await element(page, `window.__bench.question().querySelector('input[type="radio"]') ?? window.__bench.firstControl()`, 'first option control');
  await target.scrollIntoView();
  await evaluate(page, SETTLE, 'settle after scrolling');
  await page.evaluate('window.__bench.armClick()');
  await target.click();
  const ms = await evaluate<number>(page, 'window.__bench.clickDone', 'click to next paint', 30_000);
  const checked = await page.evaluate(`(() => { const radio = window.__bench.question().querySelector('input[type="radio"]'); return !radio || radio.checked; })()`);
  if (!checked) throw new Error('the click did not select the radio button');
  await evaluate(page, SETTLE, 'settle after click');
  const events = (await page.evaluate('window.__bench.events')) as { name: string; duration: number }[];
  const click = events.find((event) => event.name === 'click');
  return { ms, eventTiming: click?.duration };
}

/** Answers every question with the real controls (mouse and keyboard), pressing Check then Next / See results. */
async function completeQuiz(page: Page): Promise<void> {
  const q = 'window.__bench.question()';
  const pressPrimary = async (what: string) => (await element(page, `window.__bench.quizRoot().querySelector('.actions button.primary')`, what)).click();
  const waitFor = (condition: string, what: string) => page.waitForFunction(condition, { polling: 50, timeout: 20_000 }).catch(() => {
    throw new Error(`quiz: ${what} did not happen`);
  });
  for (let index = 0; ; index++) {
    if (index > 40) throw new Error('quiz: more than 40 questions');
    const type = await page.evaluate(`${q}?.dataset.type ?? null`);
    if (typeof type !== 'string') throw new Error('quiz: no current question');
    if (RADIO_TYPES.has(type)) {
      await (await element(page, `${q}.querySelector('input[type="radio"]')`, 'radio')).click();
    } else if (type === 'select-all') {
      await (await element(page, `${q}.querySelector('input[type="checkbox"]')`, 'checkbox')).click();
    } else if (type === 'order') {
      await (await element(page, `${q}.querySelector('.move-down:not(:disabled)')`, 'move-down button')).click();
    } else if (type === 'match') {
      const count = (await page.evaluate(`${q}.querySelectorAll('select').length`)) as number;
      for (let i = 0; i < count; i++) {
        const select = await element<HTMLSelectElement>(page, `${q}.querySelectorAll('select')[${i}]`, 'select');
        const value = (await page.evaluate(`${q}.querySelectorAll('select')[${i}].options[1].value`)) as string;
        await select.select(value);
      }
    } else if (type === 'fill-blank') {
      await (await element(page, `${q}.querySelector('input[type="text"]')`, 'text input')).click();
      await page.keyboard.type('an answer');
    } else {
      throw new Error(`quiz: unknown question type ${type}`);
    }
    await pressPrimary('Check');
    await waitFor(`!!window.__bench.quizRoot().querySelector('.feedback')`, `feedback on question ${index + 1}`);
    const last = (await page.evaluate(`(() => { const p = window.__bench.quizRoot().querySelector('progress'); return p.value === p.max; })()`)) as boolean;
    await pressPrimary(last ? 'See results' : 'Next');
    if (last) {
      await waitFor(`!!window.__bench.quizRoot().querySelector('.results')`, 'results screen');
      return;
    }
    await waitFor(`window.__bench.quizRoot().querySelector('progress')?.value === ${index + 2} && !window.__bench.quizRoot().querySelector('.feedback')`, `question ${index + 2}`);
  }
}

/** The page and the files it fetched before `until` (ms since navigation start), with their gzip -9 sizes read from the built site. */
async function firstLoadFiles(page: Page, site: string, until: number): Promise<{ file: string; gzip: number }[]> {
  const fetched = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((entry) => entry.startTime < ${until}).map((entry) => new URL(entry.name).pathname)`,
  )) as string[];
  const pagePath = new URL(page.url()).pathname;
  return [pagePath, ...fetched]
    .map((path) => path.replace(/^\//, ''))
    .filter((file) => existsSync(join(site, file)))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(site, file)), { level: 9 }).length }));
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * Renders an `ece-explainer` from a content object set as its `.content` property
 * and times it from the assignment (the JSON is already parsed) until its article
 * is in the shadow root (a MutationObserver), then until the next frame has painted.
 * The element validates such content asynchronously before rendering: that is included.
 */
const RENDER_SCRIPT = `new Promise((resolve, reject) => {
  const content = window.__benchContent;
  const el = document.createElement('ece-explainer');
  const start = performance.now();
  el.content = content;
  document.querySelector('main').append(el);
  const root = el.shadowRoot;
  const nextPaint = () => new Promise((after) => requestAnimationFrame(() => setTimeout(after, 0)));
  const done = async () => {
    const dom = performance.now() - start;
    await nextPaint();
    const painted = performance.now() - start;
    // The first render shows the top of the page; the rest follows one block per task.
    await el.updateComplete;
    await nextPaint();
    resolve({ dom, painted, complete: performance.now() - start, sections: root.querySelectorAll('article section').length });
  };
  const check = () => {
    if (root.querySelector('article')) return true;
    if (root.querySelector('[part~="error"]')) { reject(new Error('the explainer rejected the content: ' + root.textContent.slice(0, 300))); return true; }
    return false;
  };
  if (check()) return done();
  const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); done(); } });
  observer.observe(root, { childList: true, subtree: true });
})`;

async function timeRender(browser: Browser, base: string, seed: string, json: string, validateChunk: string | undefined) {
  const { context, page } = await openPage(browser, `${base}/index.html?seed=${seed}`, 1);
  try {
    // The validate chunk is loaded first, so its fetch is not timed; validation itself is.
    if (validateChunk) await evaluate(page, `import(${JSON.stringify(`${base}/assets/${validateChunk}`)}).then(() => 0)`, 'validate chunk');
    await page.evaluate(`document.getElementById('explainer').remove(); window.__benchContent = JSON.parse(${JSON.stringify(json)}); 0`);
    await evaluate(page, SETTLE, 'settle');
    return await evaluate<{ dom: number; painted: number; complete: number; sections: number }>(page, RENDER_SCRIPT, 'explainer render', 120_000);
  } finally {
    await context.close();
  }
}

/**
 * Runs `npx -y lighthouse@12.8` (not a dependency of the project) in its own process group,
 * so that a time-out or a stop ends it and the Chromium it launched (SIGINT lets chrome-launcher
 * close its browser and profile first; SIGKILL follows if the group is still there).
 */
async function runLighthouse(url: string, chrome: string, dir: string, stop: AbortSignal): Promise<NonNullable<BrowserResults['lighthouse']>> {
  const out = join(dir, 'lighthouse.json');
  const args = [
    '-y',
    'lighthouse@12.8',
    url,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ];
  const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let why = '';
  const end = (reason: string) => {
    if (why || child.exitCode !== null || !child.pid) return;
    why = reason;
    try {
      process.kill(-child.pid, 'SIGINT');
    } catch {
      return;
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000).unref();
  };
  const timer = setTimeout(() => end('Lighthouse did not finish within 240 s'), 240_000);
  const onStop = () => end('stopped');
  stop.addEventListener('abort', onStop);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => {
    clearTimeout(timer);
    stop.removeEventListener('abort', onStop);
  });
  if (why) throw new Error(why);
  if (code !== 0) {
    const detail = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    throw new Error(`npx lighthouse exited with ${code}: ${detail || 'no message'}`);
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    lighthouseVersion: string;
    runtimeError?: { code: string; message: string };
    configSettings: { formFactor: string; throttlingMethod: string };
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`);
    return Math.round(value * 100);
  };
  return {
    version: lhr.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    formFactor: `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod === 'simulate' ? 'simulated' : lhr.configSettings.throttlingMethod} throttling`,
    metrics: [
      ['FCP', 'first-contentful-paint'],
      ['LCP', 'largest-contentful-paint'],
      ['TBT', 'total-blocking-time'],
      ['CLS', 'cumulative-layout-shift'],
    ]
      .map(([name, id]) => {
        const value = lhr.audits[id!]?.numericValue;
        if (value === undefined) return `${name} —`;
        return `${name} ${name === 'CLS' ? value.toFixed(3) : name === 'TBT' ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`}`;
      })
      .join(', '),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserResults> {
  const { seed, log } = options;
  const results: BrowserResults = {
    seed,
    load: {
      1: { fcp: [], explainer: [], live: [], lcp: [], quiz: [], whole: [], blocking: [], click: [], eventTiming: [] },
      [THROTTLE_RATE]: { fcp: [], explainer: [], live: [], lcp: [], quiz: [], whole: [], blocking: [], click: [], eventTiming: [] },
    },
    heapAfterLoad: [],
    heapAfterQuiz: [],
    render: { default: { dom: [], painted: [], complete: [], sections: 0 }, synthetic: { dom: [], painted: [], complete: [], sections: 0 } },
  };
  const chrome = findChrome();
  if (!chrome) {
    results.chromiumMissing = 'no Chromium found: install chromium (Debian) or set CHROME_PATH';
    return results;
  }

  const dir = mkdtempSync(join(tmpdir(), 'ece-bench-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let stopping = false;
  const stopLighthouse = new AbortController();
  const removeDir = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      log(`could not remove ${dir}: ${message(error)}`);
    }
  };
  const closeBrowser = async () => {
    const open = browser;
    browser = undefined;
    if (open) await withTimeout(open.close(), 15_000, 'closing Chromium').catch(() => open.process()?.kill('SIGKILL'));
  };
  // One cleanup, however many paths ask for it (normal end, signal, time limit); each waits for it to finish.
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      stopLighthouse.abort();
      await closeBrowser();
      await server?.close().catch(() => undefined);
      removeDir();
    })());
  // Last resort if the process ends another way (an uncaught error): no browser or profile is left behind.
  const onExit = () => {
    browser?.process()?.kill('SIGKILL');
    if (existsSync(dir)) removeDir();
  };
  const stop = (why: string, code: number) => {
    stopping = true;
    log(why);
    void cleanup().finally(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => stop(`${signal}: stopping the browser and the server`, 130);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', onExit);
  // The whole browser part stops itself after 8 minutes, whatever happens.
  const deadline = setTimeout(() => stop('browser benchmarks: time limit (8 min) reached, stopping', 1), 8 * 60_000);
  deadline.unref();

  /** Runs one part; a failure is recorded and the next part still runs. */
  const part = async (name: string, body: () => Promise<string>, failed: (why: string) => void) => {
    if (stopping) return;
    const started = performance.now();
    try {
      const done = await body();
      log(`${done} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      if (stopping) return;
      failed(message(error));
      log(`${name}: not measured: ${message(error)}`);
    }
  };

  try {
    const started = performance.now();
    // Built into the temporary folder, not dist-demo/: the print tests and other tools rebuild
    // dist-demo/ (emptying it first) and must not pull files from under the server, nor we from under theirs.
    const site = join(dir, 'site');
    await build({ configFile: 'vite.demo.config.ts', logLevel: 'error', build: { outDir: site, emptyOutDir: true } });
    server = await preview({
      configFile: 'vite.demo.config.ts',
      logLevel: 'error',
      build: { outDir: site },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const address = server.httpServer.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const validateChunk = readdirSync(join(site, 'assets')).find((file) => /^validate-.*\.js$/.test(file));
    log(`built and serving the demo site at ${base} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const chromium = await puppeteerCore.launch({
      executablePath: chrome,
      headless: true,
      userDataDir: join(dir, 'profile'),
      args: CHROME_ARGS,
      defaultViewport: { width: 1280, height: 800 },
      protocolTimeout: 120_000,
      // Signals are handled here (close the browser, stop the server, remove the profile), not by puppeteer's own exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    browser = chromium;
    results.chromium = await chromium.version();
    const url = `${base}/index.html?seed=${encodeURIComponent(seed)}`;

    // 1–3. Load to first render / first interactive question, then one answer click, on fresh pages.
    // The two rates alternate, so a busy moment on the machine hits both alike.
    await part(
      'load and click',
      async () => {
        for (let i = 0; i < LOAD_RUNS; i++) {
          for (const rate of i % 2 ? [THROTTLE_RATE, 1] : [1, THROTTLE_RATE]) {
            const { context, page, ready } = await openPage(chromium, url, rate);
            try {
              if (i === 0 && rate === 1) {
                results.firstQuestionType = (await page.evaluate('window.__bench.question()?.dataset.type')) as string;
                results.firstLoad = await firstLoadFiles(page, site, ready.live);
              }
              const series = results.load[rate]!;
              series.explainer.push(ready.explainer);
              series.live.push(ready.live);
              series.quiz.push(ready.quiz);
              series.whole.push(await evaluate<number>(page, 'window.__bench.whole()', 'whole explainer rendered'));
              await evaluate(page, SETTLE, 'settle');
              series.blocking.push(await evaluate<number>(page, 'window.__bench.blocking()', 'long tasks'));
              // Read after the page settled: the entry is queued after the frame is presented.
              const fcp = (await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`)) as number | null;
              if (fcp !== null) series.fcp.push(fcp);
              const lcp = (await page.evaluate('window.__bench.lcp')) as number | null;
              if (lcp !== null) series.lcp.push(lcp);
              const click = await timeClick(page);
              series.click.push(click.ms);
              if (click.eventTiming !== undefined) series.eventTiming.push(click.eventTiming);
            } finally {
              await context.close().catch(() => undefined);
            }
          }
        }
        return `load and click: ${LOAD_RUNS} pages at each rate`;
      },
      (why) => (results.loadError = why),
    );

    // 4. Memory after a full quiz.
    await part(
      'memory',
      async () => {
        for (let i = 0; i < MEMORY_RUNS; i++) {
          const { context, page, cdp } = await openPage(chromium, url, 1);
          try {
            await evaluate(page, SETTLE, 'settle');
            results.heapAfterLoad.push(await heapMB(cdp));
            await completeQuiz(page);
            await evaluate(page, SETTLE, 'settle');
            results.heapAfterQuiz.push(await heapMB(cdp));
          } finally {
            await context.close().catch(() => undefined);
          }
        }
        return `memory: ${MEMORY_RUNS} full quizzes`;
      },
      (why) => (results.memoryError = why),
    );

    // 5b. Explainer render from a content object: the default content and 10× synthetic content.
    await part(
      'render',
      async () => {
        for (let i = 0; i < RENDER_RUNS; i++) {
          for (const [key, json] of [['default', options.defaultJson], ['synthetic', options.syntheticJson]] as const) {
            const timing = await timeRender(chromium, base, seed, json, validateChunk);
            results.render[key].dom.push(timing.dom);
            results.render[key].painted.push(timing.painted);
            results.render[key].complete.push(timing.complete);
            results.render[key].sections = timing.sections;
          }
        }
        return `render from .content: ${RENDER_RUNS} pages per size`;
      },
      (why) => (results.renderError = why),
    );

    // 6. Lighthouse, with the benchmark browser closed.
    if (!stopping) await closeBrowser();
    await part(
      'Lighthouse',
      async () => {
        // Scores move by several points between runs: the run with the median performance score stands for all.
        const runs = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS && !stopping; i++) runs.push(await runLighthouse(`${base}/index.html`, chrome, dir, stopLighthouse.signal));
        const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
        results.lighthouse = { ...median, runs: runs.length, performanceRange: `${Math.min(...runs.map((r) => r.performance))}–${Math.max(...runs.map((r) => r.performance))}` };
        return `Lighthouse: ${runs.length} runs`;
      },
      (why) => (results.lighthouseError = why),
    );
  } finally {
    clearTimeout(deadline);
    if (!stopping) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    await cleanup();
    process.off('exit', onExit);
  }
  if (stopping) await new Promise(() => undefined); // the signal handler exits the process
  return results;
}
