// The package's `/prerender` entry: the main tag's first screen as declarative shadow DOM, for a
// page's build. (Its browser side, that the element renders over this markup in place, is
// test/dist/prerender.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { prerender } from '../../src/prerender.js';

const english = JSON.parse(readFileSync('content/en.json', 'utf8')) as { title: string; sections: { id: string; title: string }[] };

test('prerenders the first screen with the bundled English content, keeping the page\'s attributes', async () => {
  const markup = await prerender('<export-controls-explainer id="lesson" heading-level="2">');
  assert.match(markup, /^<export-controls-explainer\s+id="lesson" heading-level="2"><template shadowroot="open" shadowrootmode="open">/);
  assert.ok(markup.endsWith('</template></export-controls-explainer>'), 'one element, closed');
  // The explainer inside waits for its host (defer-hydration) and holds the header and the first sections.
  assert.match(markup, /<ece-explainer[^>]*defer-hydration[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.ok(markup.includes(english.title), 'the title');
  assert.ok(markup.includes(`id="${english.sections[0]!.id}"`), 'the first section');
  assert.ok(!markup.includes(`id="${english.sections.at(-1)!.id}"`), 'not the last section: the first render holds the top of the page');
  // Headings follow heading-level, as in the browser.
  assert.match(markup, /<h2[^>]*>[^<]*Export controls explained/);
  // No hydration markers: the element renders over this markup rather than hydrating it.
  assert.doesNotMatch(markup, /<!--\/?lit-/);
  // The quiz's place is there, empty, as it is before the quiz's code arrives.
  assert.match(markup, /<ece-quiz[^>]*><\/ece-quiz>/);
});

test('refuses what it cannot prerender, saying what to do instead', async () => {
  await assert.rejects(prerender('<div>'), /start tag of <export-controls-explainer>/);
  await assert.rejects(prerender('<export-controls-explainer src="lesson.json">'), /bundled English content only/);
  await assert.rejects(prerender('<export-controls-explainer lang="ko">'), /bundled English content only/);
  assert.match(await prerender('<export-controls-explainer lang="en-GB">'), /shadowrootmode/);
});
