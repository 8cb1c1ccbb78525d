// The demo page: applies the URL's quiz settings, then loads the same entry as the script-tag file (the quiz's code follows as a chunk).
import { applyUrlParams } from './params.js';

const explainer = document.querySelector('export-controls-explainer')!;
const applied = applyUrlParams(explainer);
// The built page carries the English lesson's first screen prerendered; a link asking for another
// language or content file shows nothing until that has loaded rather than English first.
const english = !applied.has('lang') || /^en\b/.test(explainer.getAttribute('lang')!);
if (!english || applied.has('src')) explainer.shadowRoot?.replaceChildren();
// With the lesson prerendered, nothing on screen waits for the script: it is asked for once the page has
// painted (two frames, or 100 ms in a tab that paints nothing), so on a slow connection the page's own
// bytes are not shared with it.
else if (explainer.shadowRoot) {
  await new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(resolve));
    setTimeout(resolve, 100);
  });
}
await import('../src/bundle.js');
