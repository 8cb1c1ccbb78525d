/**
 * The README's screenshots, from the built demo site in Debian's Chromium:
 *
 *   npx tsx scripts/screenshots.ts [name …]
 *
 * Each shot sets up a state a reader can reach (a check answered, a class pasted on the teacher page…)
 * and captures the element that shows it into docs/screenshots/<name>.png.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { build, preview } from 'vite';
import { simulateClass } from './simulate-class.js';
import english from '../content/en.json' with { type: 'json' };
import type { Content } from '../src/core/content/schema.js';

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));

/** Finds an element through shadow roots by a chain of selectors, one per root. */
async function deep(page: Page, ...selectors: string[]): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (chain: string[]) => {
      let root: Document | ShadowRoot | null = document;
      let found: Element | null = null;
      for (const selector of chain) {
        found = root?.querySelector(selector) ?? null;
        if (!found) return null;
        root = found.shadowRoot;
      }
      return found;
    },
    { timeout: 15000 },
    selectors,
  );
  return handle as ElementHandle<Element>;
}

type Shot = {
  width: number;
  url: string;
  /** Only the top of a tall element (the first rows of a table). */
  maxHeight?: number;
  /** Runs before the page loads (e.g. storage a learner would have). */
  before?(page: Page): Promise<void>;
  capture(page: Page): Promise<ElementHandle<Element>>;
};

const SHOTS: Record<string, Shot> = {
  'bar-chart-375': {
    width: 375,
    url: '/index.html',
    async capture(page) {
      const figure = await deep(page, 'export-controls-explainer', 'ece-explainer', 'figure.bars');
      const button = await deep(page, 'export-controls-explainer', 'ece-explainer', 'figure.bars .figure-data-toggle button');
      await button.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return figure;
    },
  },
  'practice-375': {
    width: 375,
    url: '/index.html?seed=practice-demo',
    // Three teaching items missed yesterday or before, due today.
    async before(page) {
      await page.evaluateOnNewDocument(() => {
        const day = new Date(Date.now() - 86_400_000);
        const due = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        const items = Object.fromEntries(
          ['claim:bulk-before-2019', 'blank:gsomia-blank', 'term:hydrogen-fluoride'].map((anchor) => [anchor, { streak: 0, due, type: 'true-false' }]),
        );
        localStorage.setItem('ece-practice:export-controls', JSON.stringify({ v: 1, items }));
      });
    },
    async capture(page) {
      return deep(page, 'export-controls-explainer', 'ece-quiz', '.practice');
    },
  },
  'check-375': {
    width: 375,
    url: '/index.html?seed=class-7b',
    async capture(page) {
      const check = await deep(page, 'export-controls-explainer', 'ece-explainer', 'ece-check');
      const first = await deep(page, 'export-controls-explainer', 'ece-explainer', 'ece-check', '.check-question');
      const box = await first.$('input');
      if (box) await box.click();
      const button = await first.$('.actions button');
      await button?.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return check;
    },
  },
  'item-analysis-1280': {
    width: 1280,
    maxHeight: 760,
    url: '/teacher.html',
    async capture(page) {
      const seed = await deep(page, 'ece-teacher', '#seed');
      await seed.click({ clickCount: 3 });
      await seed.type('class-7b');
      // A simulated class in which question 4 behaves like an item with a wrong key.
      const options = { seed: 'class-7b', count: 10, mode: 'practice' as const, types: [], themes: [], checks: { per: 'theme' as const, seed: 'class-7b' } };
      const codes = simulateClass(english as unknown as Content, options, 28, 4).codes.join('\n');
      const textarea = await deep(page, 'ece-teacher', '#codes');
      await textarea.evaluate((el, value) => {
        (el as HTMLTextAreaElement).value = value;
        el.dispatchEvent(new Event('input'));
      }, codes);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return deep(page, 'ece-teacher', '.table-wrap:has(table.per-question)');
    },
  },
};

async function main(names: string[]) {
  if (!chrome) throw new Error('No Chromium found: install chromium or set CHROME_PATH.');
  await build({ configFile: 'vite.demo.config.ts', logLevel: 'error' });
  const server = await preview({ configFile: 'vite.demo.config.ts', logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await puppeteer.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const name of names.length ? names : Object.keys(SHOTS)) {
      const shot = SHOTS[name];
      if (!shot) throw new Error(`No shot "${name}": ${Object.keys(SHOTS).join(', ')}`);
      const page = await browser.newPage();
      await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
      await shot.before?.(page);
      await page.goto(`${base}${shot.url}`, { waitUntil: 'networkidle0' });
      const element = await shot.capture(page);
      await element.scrollIntoView();
      const box = (await element.boundingBox())!;
      // The clip is relative to the element.
      const clip = { x: 0, y: 0, width: box.width, height: Math.min(box.height, shot.maxHeight ?? box.height) };
      await element.screenshot({ path: `docs/screenshots/${name}.png`, clip });
      console.log(`docs/screenshots/${name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main(process.argv.slice(2));
