// The demo page: applies the URL's quiz settings, then loads the same entry as the script-tag file (the quiz's code follows as a chunk).
import { applyUrlParams } from './params.js';

applyUrlParams(document.querySelector('export-controls-explainer')!);
await import('../src/bundle.js');
