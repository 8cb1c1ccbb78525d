// The demo page: applies the URL's quiz settings, then loads the same entry as the embeddable build.
import { applyUrlParams } from './params.js';

applyUrlParams(document.querySelector('export-controls-explainer')!);
await import('../src/index.js');
