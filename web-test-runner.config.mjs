// Browser tests run in real, installed browsers (downloads are impossible here).
// scripts/run-browser-tests.mjs finds the engines, starts WebKitWebDriver when WebKit runs,
// and passes what it found: WTR_BROWSERS (chromium,firefox,webkit), CHROME_PATH, FIREFOX_PATH,
// WEBKIT_WEBDRIVER_PORT and WEBKIT_MINIBROWSER_PATH. Run directly, this config uses Chromium only.
import { readFileSync } from 'node:fs';
import { prerenderInProcess } from './scripts/prerender-process.mjs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const engines = (process.env.WTR_BROWSERS ?? 'chromium').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  // Firefox through puppeteer-core over WebDriver BiDi (no geckodriver needed).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, over classic WebDriver (the driver refuses BiDi).
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

/**
 * Faulty content sources for the fault tests: an error status, HTML instead of
 * JSON, broken JSON, a server that never answers (within the test's timeout), and a slow one.
 */
const faults = async (context, next) => {
  const fault = context.path.match(/^\/__fault\/([a-z0-9-]+)$/)?.[1];
  if (!fault) return next();
  if (fault === 'status-500') {
    context.status = 500;
    context.body = 'Internal Server Error';
  } else if (fault === 'html') {
    context.type = 'text/html';
    context.body = '<!doctype html><html><body><h1>Sign in</h1></body></html>';
  } else if (fault === 'broken-json') {
    context.type = 'application/json';
    context.body = '{"id": "broken", "title": ';
  } else if (fault === 'hang') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    context.status = 504;
  } else if (fault === 'slow') {
    // Valid content that takes a while: for races between an old load and a newer choice.
    await new Promise((resolve) => setTimeout(resolve, 400));
    context.type = 'application/json';
    context.body = readFileSync(new URL('./test/fixtures/solar-system.json', import.meta.url), 'utf8');
  } else return next();
};

/**
 * The built script-tag file under other paths whose quiz chunk misbehaves, with a path of its own per
 * token so no cache of another test's page holds the chunk:
 * - /__broken-quiz/<token>/dist/…: the chunk fails (a connection that drops after the lesson loaded),
 *   for the quiz's "could not load" panel;
 * - /__slow-quiz/<token>/dist/…: the chunk arrives 1.5 s late (a slow school network), for a deep
 *   link that must wait for the checks; /__slow-quiz/<token>/first-paint.html is the plain page.
 */
const SLOW_CHUNK_MS = 1500;
const misbehavingQuiz = async (context, next) => {
  const match = context.path.match(/^\/__(broken|slow)-quiz\/([\w-]+)\/(first-paint\.html|dist\/[\w.-]+\.js)$/);
  if (!match) return next();
  const [, kind, , file] = match;
  context.set('Cache-Control', 'no-store');
  if (file === 'first-paint.html') {
    context.type = 'text/html';
    context.body = readFileSync(new URL('./test/fixtures/first-paint.html', import.meta.url), 'utf8').replace('src="/dist/', 'src="dist/');
    return;
  }
  if (/^dist\/quiz-elements-/.test(file)) {
    if (kind === 'broken') {
      context.status = 503;
      context.body = 'Service Unavailable';
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, SLOW_CHUNK_MS));
  }
  context.type = 'text/javascript';
  context.body = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
};

/**
 * /__prerendered/page.html: a plain page whose <export-controls-explainer> carries its first screen
 * prerendered (scripts/prerender.ts, as the demo build does). Its script tag for the built file is
 * added only once a frame has shown the prerendered lesson (test/fixtures/frame-log.js), as on a slow
 * network; with ?at-once, in the page from the start. A failed prerender answers 500 with its message.
 */
const prerender = () => {
  const element = prerenderInProcess('<export-controls-explainer id="explainer" seed="prerendered">');
  element.catch(() => undefined); // reported when a page asks for it
  return element;
};
// Started with the server, so the first test does not wait for it; a failure is tried again on the next request.
let prerendered = prerender();
const prerenderedPage = async (context, next) => {
  if (context.path !== '/__prerendered/page.html') return next();
  let element;
  try {
    element = await prerendered;
  } catch (error) {
    prerendered = prerender();
    context.status = 500;
    context.body = error.message;
    return;
  }
  const script = '<script type="module" src="/dist/export-controls-explainer.js"></script>';
  context.set('Cache-Control', 'no-store');
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A prerendered page</title>
    <script src="/test/fixtures/frame-log.js"></script>${'at-once' in context.query ? script : ''}
    </head><body><main>${element}</main></body></html>`;
};

/** The strict-CSP page gets its policy as a real response header too. */
const strictPolicy = async (context, next) => {
  await next();
  if (context.path === '/test/fixtures/csp.html') {
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
  }
};

export default {
  middleware: [faults, misbehavingQuiz, prerenderedPage, strictPolicy],
  files: ['test/**/*.test.ts', '!test/node/**', '!test/integration/**'],
  nodeResolve: true,
  // The tsconfig option makes esbuild apply our legacy decorator settings.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' })],
  browsers: engines.map((name) => {
    if (!launchers[name]) throw new Error(`WTR_BROWSERS names unknown engine ${name}: use chromium, firefox or webkit.`);
    return launchers[name]();
  }),
  // One test file and one browser at a time: a 2-core machine, and WebKitWebDriver drives one session.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
