// The demo page: applies the URL's quiz settings, then loads the same entry as the script-tag file (the quiz's code follows as a chunk).
import { applyUrlParams } from './params.js';

const explainer = document.querySelector('export-controls-explainer')!;
const applied = applyUrlParams(explainer);
// The built page carries the English lesson's first screen prerendered; a link asking for another
// language or content file shows nothing until that has loaded rather than English first.
const asksForOther = (applied.has('lang') && !/^en\b/i.test(explainer.getAttribute('lang')!)) || applied.has('src');
if (asksForOther) explainer.shadowRoot?.replaceChildren();
await import('../src/bundle.js');
