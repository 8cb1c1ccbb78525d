// Print parity: the worksheet, the answer key and the explainer print to PDF from
// headless Chromium, in every language, with CJK text as text (an embedded CJK font).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { parseContent } from '../../src/core/content/validate.js';
import { planChecks } from '../../src/core/questions/checks.js';
import { loadTemplates } from '../../src/core/questions/templates/index.js';

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
let server: PreviewServer;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'ece-print-'));

before(async () => {
  // The built demo site, served statically: what a school would host.
  await build({ configFile: 'vite.demo.config.ts', logLevel: 'error' });
  server = await preview({ configFile: 'vite.demo.config.ts', logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = promisify(execFile);

/** Prints a page to PDF and returns its file and raw text. Async: the server runs in this same process. */
async function printToPdf(path: string, name: string): Promise<{ file: string; pdf: string }> {
  assert.ok(chrome, 'No Chromium found: install chromium or set CHROME_PATH.');
  const out = join(dir, `${name}.pdf`);
  await run(
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
    { timeout: 90_000 },
  );
  return { file: out, pdf: readFileSync(out, 'latin1') };
}

const pageCount = (pdf: string) => (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** The text of a PDF (pdftotext, from poppler-utils). */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, '');
}

/** Installed fonts that cover a language (fontconfig). */
async function fontsFor(language: string): Promise<string> {
  const { stdout } = await run('fc-list', [`:lang=${language}`, 'family']);
  return stdout;
}

for (const lang of ['en', 'ko', 'ja']) {
  test(`worksheet and answer key print in ${lang}`, async () => {
    const sheet = await printToPdf(`/worksheet.html?lang=${lang}&seed=print&questions=10`, `sheet-${lang}`);
    const key = await printToPdf(`/worksheet.html?lang=${lang}&seed=print&questions=10&key=1`, `key-${lang}`);
    assert.ok(pageCount(sheet.pdf) >= 2 && pageCount(sheet.pdf) <= 6, `worksheet has ${pageCount(sheet.pdf)} pages`);
    assert.ok(pageCount(key.pdf) >= 2 && pageCount(key.pdf) <= 8, `answer key has ${pageCount(key.pdf)} pages`);
    // The text is in the PDF as text, in the content's language...
    const title = (JSON.parse(readFileSync(`content/${lang}.json`, 'utf8')) as { title: string }).title.replace(/\s+/g, '').slice(0, 12);
    for (const file of [sheet.file, key.file]) assert.ok((await pdfText(file)).includes(title), `${file} lacks the title "${title}"`);
    // The checks the students met in the text print before the quiz, on the sheet and (answered) on the key.
    const checksTitle = { en: 'Checkyourself', ko: '스스로확인하기', ja: '理解度チェック' }[lang]!;
    for (const file of [sheet.file, key.file]) assert.ok((await pdfText(file)).includes(checksTitle), `${file} lacks the checks`);
    // ...and a font that has its glyphs is installed (Chromium embeds CJK glyphs as unnamed Type 3 fonts, so the PDF cannot name it).
    if (lang !== 'en') assert.match(await fontsFor(lang), /CJK/, `no CJK font for ${lang}: install fonts-noto-cjk`);
  });
}

test('the explainer prints with every section, its checks with their questions and options to answer on paper, and its charts\' numbers', async () => {
  const { file, pdf } = await printToPdf('/index.html', 'explainer');
  assert.ok(pageCount(pdf) >= 8, `only ${pageCount(pdf)} pages`);
  const text = await pdfText(file);
  const squash = (value: string) => value.replace(/\s+/g, '');
  assert.equal(text.match(/Checkyourself/g)?.length, 3, 'one check after each of the three themes');
  // Each check prints its questions with their options to tick (the page has no seed: the default checks).
  const english = parseContent(readFileSync('content/en.json', 'utf8'));
  assert.ok(english.ok);
  await loadTemplates('en');
  for (const block of planChecks(english.content, { per: 'theme', seed: 'checks' })) {
    for (const question of block.questions) {
      assert.ok(text.includes(squash(question.prompt).slice(0, 40)), `the check question "${question.prompt}" is not in the PDF`);
      if ('options' in question) for (const option of question.options) assert.ok(text.includes(squash(option.text).slice(0, 30)), `option "${option.text}" is not in the PDF`);
    }
  }
  // A bar chart prints its numbers as a table (on screen, one click away) and not the button that shows it.
  assert.ok(text.includes(squash('Item percent of world production')), 'the bar chart\'s table is not in the PDF');
  assert.ok(!text.includes(squash('The numbers as a table')), 'the table button printed');
});
