import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], headless: true });
const page = await browser.newPage();
const url = process.argv[2], width = Number(process.argv[3]), out = process.argv[4], scrollTo = process.argv[5];
await page.setViewport({ width, height: 1000 });
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 800));
if (scrollTo) await page.evaluate((sel) => {
  const host = document.querySelector('export-controls-explainer');
  const parts = sel.split('>>');
  let root = host.shadowRoot; let el;
  for (const p of parts) { el = root.querySelector(p.trim()); root = el?.shadowRoot ?? root; }
  el?.scrollIntoView();
}, scrollTo);
await new Promise(r => setTimeout(r, 300));
await page.screenshot({ path: out });
await browser.close();
