/**
 * Loading the quiz's code after the lesson. The explainer is what a reader sees first; the quiz,
 * the checks and the question generator follow as one chunk when the page has loaded and the
 * browser is idle, or sooner when something needs them (the quiz nears the screen, a deep link,
 * a test awaiting `updateComplete`).
 */
export type QuizCode = typeof import('../../quiz-elements.js');

let code: QuizCode | undefined;
let loading: Promise<QuizCode> | undefined;
const waiting = new Set<(code: QuizCode) => void>();
let markRequested: () => void;
/** Settles on the first call of `loadQuizCode`: someone needs the code now, so nobody waits for idle time. */
const requested = new Promise<void>((resolve) => (markRequested = resolve));

/** The quiz code if it is here already (for a render, which cannot wait). */
export const loadedQuizCode = (): QuizCode | undefined => code;

/**
 * Loads the quiz code once; every caller shares the load. A failed load (the network dropped) is
 * not kept, so the next call asks again, but browsers that keep failed module loads fail it again
 * at once: the page's reload is what brings the code then.
 */
export function loadQuizCode(): Promise<QuizCode> {
  markRequested();
  loading ??= import('../../quiz-elements.js').then(
    (module) => {
      code = module;
      for (const callback of waiting) callback(module);
      waiting.clear();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Calls `callback` when the quiz code is here: at once if it is, else when a load succeeds. */
export function onQuizCode(callback: (code: QuizCode) => void): void {
  if (code) callback(code);
  else waiting.add(callback);
}

/** How long the browser may stay busy before the quiz code loads anyway (requestIdleCallback's timeout). */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Resolves once the page has finished loading and the browser is idle (or after `IDLE_TIMEOUT_MS`
 * at most): when code the first screen does not need should load. Safari has no
 * requestIdleCallback; a short timeout after `load` stands in.
 */
export function whenPageIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
        else setTimeout(resolve, 50);
      }),
  );
}

/** Loads the quiz code when the page is idle, or sooner when another part asks for it now. */
export function loadQuizCodeWhenIdle(): Promise<QuizCode> {
  return Promise.race([whenPageIdle(), requested]).then(loadQuizCode);
}
