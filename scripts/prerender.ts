/**
 * Prerenders `<export-controls-explainer>` as declarative shadow DOM: its first screen (the header,
 * the contents and the first sections, as the element's first render in a browser holds them) with
 * the bundled English content, so a page shows the lesson before its script has run.
 *
 * Reads the element's start tag from stdin (`<export-controls-explainer id="explainer" …>`) and writes
 * the element with its shadow roots to stdout. Run with tsx (`tsx scripts/prerender.ts`); the demo
 * build calls it through scripts/prerender-plugin.ts. Only the lesson's elements are defined, as in the
 * script-tag file before the quiz's code arrives, so the quiz's place is prerendered empty, as it first is.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFileSync } from 'node:fs';
import '../src/bundled-content.js';
import '../src/lesson-elements.js';

const startTag = readFileSync(0, 'utf8').trim();
if (!/^<export-controls-explainer(\s[^<>]*)?>$/.test(startTag)) {
  throw new Error(`expected the start tag of <export-controls-explainer>, got ${JSON.stringify(startTag.slice(0, 80))}`);
}
// A template with no expressions, from the page's own markup (trusted: it is the page being built).
const markup = `${startTag}</export-controls-explainer>`;
const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
const prerendered = await collectResult(render(html(strings)));
// The element renders over this markup instead of hydrating it, so Lit's hydration markers are dropped.
process.stdout.write(prerendered.replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+|\?lit\$\d+\$|\?)-->/g, ''));
