// The printable worksheet (or, with ?key=1, its answer key) for the quiz in the URL.
import { applyUrlParams } from './params.js';

const sheet = document.querySelector('ece-worksheet')!;
applyUrlParams(sheet);
if (new URLSearchParams(window.location.search).get('key') === '1') sheet.setAttribute('answer-key', '');
await import('../src/bundled-content.js');
await import('../src/components/worksheet/ece-worksheet.js');
