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
  assert.ok(markup.includes(`id="lesson-${english.sections[0]!.id}"`), 'the first section');
  assert.ok(!markup.includes(`id="lesson-${english.sections.at(-1)!.id}"`), 'not the last section: the first render holds the top of the page');
  // Headings follow heading-level, as in the browser.
  assert.match(markup, /<h2[^>]*>[^<]*Export controls explained/);
  // No hydration markers: the element renders over this markup rather than hydrating it.
  assert.doesNotMatch(markup, /<!--\/?lit-/);
  // The quiz's place is there, empty, as it is before the quiz's code arrives.
  assert.match(markup, /<ece-quiz[^>]*><\/ece-quiz>/);
});

test('gives the parts the ids the element gives them in the browser (prefixed with its id)', async () => {
  const markup = await prerender('<export-controls-explainer id="lesson">');
  const first = english.sections[0]!.id;
  assert.match(markup, new RegExp(`<section id="lesson-${first}"`));
  assert.ok(markup.includes(`href="#lesson-${first}"`), 'the contents link to the prefixed ids');
  assert.ok(!markup.includes(`id="${first}"`), 'no unprefixed id');
});

test('marks the buttons that need the script as not available yet', async () => {
  const markup = await prerender();
  const buttons = markup.match(/<button[^>]*>/g) ?? [];
  assert.ok(buttons.length > 0);
  assert.deepEqual(buttons.filter((button) => !button.includes('aria-disabled="true"')), []);
});

test('refuses what it cannot prerender, saying what to do instead', async () => {
  await assert.rejects(prerender('<div>'), /start tag of <export-controls-explainer>/);
  await assert.rejects(prerender('<export-controls-explainer id="a"><p>'), /start tag of <export-controls-explainer>/);
  await assert.rejects(prerender(null as unknown as string), /takes a start tag as a string/);
  for (const tag of ['<export-controls-explainer src="lesson.json">', '<export-controls-explainer SRC=lesson.json>', '<export-controls-explainer lang="ko">', "<export-controls-explainer LANG='ja'>"]) {
    await assert.rejects(prerender(tag), /bundled English content only/, tag);
  }
  await assert.rejects(prerender('<export-controls-explainer defer-hydration>'), /would never render/);
  // A refusal is marked, so a build can tell it from a failure; a repeated attribute counts once, the first, as in HTML.
  await assert.rejects(prerender('<export-controls-explainer lang="ko" lang="en">'), (error: TypeError & { code?: string }) => error.code === 'ERR_ECE_PRERENDER_REFUSED');
  // Names inside a value are not attributes; a ">" inside quotes does not end the tag.
  for (const tag of ['<export-controls-explainer lang="en-GB">', '<export-controls-explainer LANG=en>', '<export-controls-explainer title="src=x > lang=ko">']) {
    assert.match(await prerender(tag), /shadowrootmode/, tag);
  }
});
