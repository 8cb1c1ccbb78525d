/**
 * The script-tag file (dist/export-controls-explainer.js): what a reader needs first (the
 * English content, Lit, the explainer and the main tag) arrives with it; the quiz, the "Check
 * yourself" blocks and the question generator follow as one chunk, when the page is idle or
 * sooner when something needs them (see components/shared/quiz-code.ts). The npm entry
 * (src/index.ts) imports everything statically and leaves the splitting to the page's bundler.
 */
import './bundled-content.js';
import { loadQuizCode, loadQuizCodeWhenIdle, onQuizCode, type QuizCode } from './components/shared/quiz-code.js';

export * from './lesson-elements.js';
export { loadQuizCode };

/**
 * The quiz element's class, once its code has loaded (a live binding: importers see it then;
 * `await loadQuizCode()` waits for it).
 */
export let EceQuiz: QuizCode['EceQuiz'] | undefined;
/** The "Check yourself" element's class, once its code has loaded. */
export let EceCheck: QuizCode['EceCheck'] | undefined;
onQuizCode((code) => {
  ({ EceQuiz, EceCheck } = code);
});

// A page with its own <ece-quiz> or <ece-check> needs their code at once (also when a script adds
// one later, before the code is here); other pages (the main tag asks for the quiz itself) get it
// when the browser is idle. No top-level await for the first case: it would make this module
// asynchronous, and WebKit then renders the explainer only after the page's load event (and runs a
// later module script importing this one before the await ends). A failed load leaves a standalone
// quiz undefined (the main tag says so in the quiz's place).
const ignore = () => undefined;
const standalone = () => document.querySelector('ece-quiz, ece-check') !== null;
if (standalone()) void loadQuizCode().catch(ignore);
else {
  const watcher = new MutationObserver(() => {
    if (!standalone()) return;
    watcher.disconnect();
    void loadQuizCode().catch(ignore);
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  onQuizCode(() => watcher.disconnect());
  // After a failed load there is nothing left to watch for (a failed module load stays failed).
  loadQuizCodeWhenIdle().catch(() => watcher.disconnect());
}
