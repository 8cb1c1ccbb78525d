// The demo page: applies the URL's quiz settings, then loads the same entry as the script-tag file (the quiz's code follows as a chunk).
import { applyUrlParams } from './params.js';
import { isEnglish } from '../src/prerender-tag.js';

const explainer = document.querySelector('export-controls-explainer')!;
const applied = applyUrlParams(explainer);
// The built page carries the English lesson's first screen prerendered. A link asking for another
// language or content file drops it as soon as this runs (the English may have been painted by then),
// rather than showing English until the other has loaded.
const asksForOther = (applied.has('lang') && !isEnglish(explainer.getAttribute('lang')!)) || applied.has('src');
if (asksForOther) explainer.shadowRoot?.replaceChildren();
await import('../src/bundle.js');
