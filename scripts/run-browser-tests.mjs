#!/usr/bin/env node
// Finds an installed Chromium/Chrome and runs the browser suite in it.
// CHROME_PATH overrides the search. Without a browser, stop with one clear sentence.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

const chrome = candidates.find((path) => existsSync(path));
if (!chrome) {
  const hint = process.env.CHROME_PATH ? ` (CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist)` : '';
  console.error(
    `No Chromium or Chrome browser found${hint}: install one (on Debian: sudo apt-get install chromium) or set CHROME_PATH to its executable.`,
  );
  process.exit(1);
}

console.log(`Browser tests in ${chrome}`);
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
