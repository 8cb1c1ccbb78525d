#!/usr/bin/env node
// Runs the browser suite in every installed engine: Chromium, Firefox and WebKit.
//
// BROWSERS=chromium,firefox,webkit picks engines (default: all). Without BROWSERS an engine
// that is not installed is skipped with one line saying why; one named in BROWSERS, or any
// engine when CI is set, must be there, or the run fails with one sentence saying what to install.
// Overrides: CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, WEBKIT_MINIBROWSER_PATH.
//
// WebKit has no headless mode: unless a display is set, this script starts Xvfb on a free display,
// then WebKitWebDriver (which starts MiniBrowser) on a free port, and stops both, with the browser,
// whenever the run ends, also on failure or Ctrl-C.
import { existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

const ENGINES = ['chromium', 'firefox', 'webkit'];

const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path));
const onPath = (name) => firstExisting((process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, name)));
/** Entries of a directory whose names match, or none when it cannot be read. */
const list = (dir, pattern) => {
  try {
    return readdirSync(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name));
  } catch {
    return [];
  }
};
/** Debian's MiniBrowser: /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser (4.0 on older releases). */
const miniBrowsers = () =>
  list('/usr/lib', /^[\w-]+-linux-gnu\w*$/)
    .flatMap((dir) => list(dir, /^webkit2gtk-4\.\d+$/))
    .sort()
    .reverse()
    .map((dir) => join(dir, 'MiniBrowser'));
const overrideProblem = (variable) =>
  process.env[variable] && !existsSync(process.env[variable]) ? ` (${variable} points to ${process.env[variable]}, which does not exist)` : '';

/** Each finder returns { env } to pass to the runner config, or { missing } with one sentence. */
const finders = {
  chromium() {
    const path = process.env.CHROME_PATH
      ? firstExisting([process.env.CHROME_PATH])
      : firstExisting([
          '/usr/bin/chromium',
          '/usr/bin/chromium-browser',
          '/usr/bin/google-chrome',
          '/usr/bin/google-chrome-stable',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        ]);
    if (path) return { label: path, env: { CHROME_PATH: path } };
    return {
      missing: `No Chromium or Chrome browser found${overrideProblem('CHROME_PATH')}: install one (on Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable.`,
    };
  },
  firefox() {
    const path = process.env.FIREFOX_PATH
      ? firstExisting([process.env.FIREFOX_PATH])
      : firstExisting([
          '/usr/bin/firefox-esr',
          '/usr/bin/firefox',
          '/Applications/Firefox.app/Contents/MacOS/firefox',
        ]);
    if (path) return { label: path, env: { FIREFOX_PATH: path } };
    return {
      missing: `No Firefox found${overrideProblem('FIREFOX_PATH')}: install one (on Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to its executable.`,
    };
  },
  webkit() {
    const install = 'install it (on Debian: sudo apt-get install webkit2gtk-driver xvfb)';
    const driver = process.env.WEBKIT_WEBDRIVER_PATH ? firstExisting([process.env.WEBKIT_WEBDRIVER_PATH]) : onPath('WebKitWebDriver');
    if (!driver) return { missing: `No WebKitWebDriver found${overrideProblem('WEBKIT_WEBDRIVER_PATH')}: ${install} or set WEBKIT_WEBDRIVER_PATH.` };
    const miniBrowser = process.env.WEBKIT_MINIBROWSER_PATH
      ? firstExisting([process.env.WEBKIT_MINIBROWSER_PATH])
      : firstExisting(miniBrowsers());
    if (!miniBrowser) return { missing: `No WebKit MiniBrowser found${overrideProblem('WEBKIT_MINIBROWSER_PATH')}: ${install} or set WEBKIT_MINIBROWSER_PATH.` };
    const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    const xvfb = hasDisplay ? undefined : onPath('Xvfb');
    if (!hasDisplay && !xvfb) return { missing: `WebKit needs a display and there is none: install xvfb (on Debian: sudo apt-get install xvfb) or set DISPLAY.` };
    return { label: `${miniBrowser} through ${driver}${xvfb ? ' on Xvfb' : ''}`, driver, miniBrowser, xvfb };
  },
};

const requested = process.env.BROWSERS?.trim()
  ? [...new Set(process.env.BROWSERS.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))]
  : ENGINES;
const unknown = requested.filter((name) => !ENGINES.includes(name));
if (unknown.length > 0) {
  console.error(`BROWSERS names unknown engine(s) ${unknown.join(', ')}: use a comma-separated list of ${ENGINES.join(', ')}.`);
  process.exit(1);
}

const strict = Boolean(process.env.CI) || Boolean(process.env.BROWSERS?.trim());
const found = {};
const missing = [];
for (const name of requested) {
  const result = finders[name]();
  if (result.missing) missing.push({ name, sentence: result.missing });
  else found[name] = result;
}

if (missing.length > 0 && strict) {
  const why = process.env.CI ? 'CI is set, so every engine must run' : `BROWSERS=${process.env.BROWSERS} asks for it`;
  for (const { sentence } of missing) console.error(sentence);
  console.error(`Browser tests not run: ${missing.map((m) => m.name).join(', ')} missing and ${why}.`);
  process.exit(1);
}
for (const { name, sentence } of missing) console.log(`Skipping ${name}: ${sentence}`);
const engines = Object.keys(found);
if (engines.length === 0) {
  console.error('No browser found for the browser tests: install at least one of chromium, firefox-esr, webkit2gtk-driver (see the lines above).');
  process.exit(1);
}

const env = { ...process.env, WTR_BROWSERS: engines.join(',') };
for (const name of engines) {
  console.log(`Browser tests in ${name}: ${found[name].label}`);
  Object.assign(env, found[name].env);
}

/** Helper processes (Xvfb, WebKitWebDriver), each leading its own process group so that stopping one stops what it started. */
const helpers = [];
function startHelper(command, args, options) {
  const child = spawn(command, args, { detached: true, ...options });
  helpers.push(child);
  return child;
}
const signalGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
/** Last started, first stopped: the driver (and its browser) before the X server they use. */
function stopHelpersNow() {
  for (const child of helpers.splice(0).reverse()) signalGroup(child, 'SIGTERM');
}
async function stopHelpers() {
  for (const child of helpers.splice(0).reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      signalGroup(child, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    signalGroup(child, 'SIGKILL'); // anything of its group still running
  }
}
let runner;
process.on('exit', stopHelpersNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopHelpersNow();
    // web-test-runner shares our process group, so a Ctrl-C reaches it directly; pass on the others.
    if (runner && runner.exitCode === null && runner.signalCode === null) {
      if (signal !== 'SIGINT') runner.kill(signal);
    } else {
      process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
    }
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display (-displayfd reports it once the server is ready). */
function startXvfb(xvfb) {
  const child = startHelper(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    let display = '';
    const fail = (why) => reject(new Error(`Xvfb did not start (${why})${output.trim() ? `: ${output.trim().split('\n').slice(-3).join(' ')}` : ''}`));
    const timer = setTimeout(() => fail('no display after 15 s'), 15000);
    child.stdio[3].on('data', (chunk) => {
      display += chunk;
      if (display.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${display.trim()}`);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`exit ${code ?? signal}`);
    });
  });
}

async function startWebKitDriver({ driver, miniBrowser, xvfb }) {
  const driverEnv = { ...process.env };
  if (xvfb) driverEnv.DISPLAY = await startXvfb(xvfb);
  const port = await freePort();
  let output = '';
  const child = startHelper(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'], env: driverEnv });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.on('error', (error) => (output += error.message));
  child.on('exit', () => (exited = true));
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { WEBKIT_WEBDRIVER_PORT: String(port), WEBKIT_MINIBROWSER_PATH: miniBrowser };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}${output.trim() ? `: ${output.trim()}` : ''}`);
}

let status = 1;
try {
  if (found.webkit) Object.assign(env, await startWebKitDriver(found.webkit));
  // Node runs web-test-runner's bin directly (not through npx), so that a signal passed on reaches it.
  const bin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
  runner = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  status = await new Promise((resolve) => {
    runner.on('error', (error) => {
      console.error(`Could not start web-test-runner: ${error.message}`);
      resolve(1);
    });
    runner.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  status = 1;
} finally {
  await stopHelpers();
}
process.exit(status);
