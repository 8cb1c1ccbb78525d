// Print parity: the worksheet, the answer key and the explainer print to PDF from
// headless Chromium, in every language, with CJK text as text (an embedded CJK font).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
let server: ViteDevServer;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'ece-print-'));

before(async () => {
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer!.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Prints a page to PDF and returns the PDF's raw text. */
function printToPdf(path: string, name: string): string {
  assert.ok(chrome, 'No Chromium found: install chromium or set CHROME_PATH.');
  const out = join(dir, `${name}.pdf`);
  execFileSync(
    chrome!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--virtual-time-budget=15000',
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      `${base}${path}`,
    ],
    { stdio: 'pipe', timeout: 90_000 },
  );
  return readFileSync(out, 'latin1');
}

const pageCount = (pdf: string) => (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const fonts = (pdf: string) => [...new Set(pdf.match(/\/BaseFont\s*\/[^\s/]+/g) ?? [])].join(' ');

for (const lang of ['en', 'ko', 'ja']) {
  test(`worksheet and answer key print in ${lang}`, () => {
    const sheet = printToPdf(`/worksheet.html?lang=${lang}&seed=print&questions=10`, `sheet-${lang}`);
    const key = printToPdf(`/worksheet.html?lang=${lang}&seed=print&questions=10&key=1`, `key-${lang}`);
    assert.ok(pageCount(sheet) >= 2 && pageCount(sheet) <= 6, `worksheet has ${pageCount(sheet)} pages`);
    assert.ok(pageCount(key) >= 2 && pageCount(key) <= 8, `answer key has ${pageCount(key)} pages`);
    if (lang !== 'en') assert.match(fonts(sheet), /CJK|Noto/i, `no CJK font embedded: ${fonts(sheet)}`);
  });
}

test('the explainer prints with every section', () => {
  const pdf = printToPdf('/index.html', 'explainer');
  assert.ok(pageCount(pdf) >= 8, `only ${pageCount(pdf)} pages`);
});
