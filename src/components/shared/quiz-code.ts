/**
 * Loading the quiz's code after the lesson. The explainer is what a reader sees first; the quiz,
 * the checks and the question generator follow as one chunk (src/quiz-elements.ts) right after
 * the first paint when the page shows checks, else when the page is idle, or sooner when something
 * needs them (the quiz on screen, a deep link, a script awaiting `updateComplete`). Builds that
 * import everything statically hand the code over at once (`provideQuizCode`) and never fetch it.
 */
export type QuizCode = typeof import('../../quiz-elements.js');

/** How long the chunk may take before the quiz's place says it could not load (it still goes in if it arrives later). */
export const QUIZ_CODE_TIMEOUT_MS = 15000;
/** Longest wait for idle time, counted from when this module runs (a slow image must not hold the quiz back). */
const IDLE_LIMIT_MS = 3000;

let code: QuizCode | undefined;
let loading: Promise<QuizCode> | undefined;
let failed = false;
const waiting = new Set<(code: QuizCode) => void>();
let markRequested: () => void;
/** Settles on the first call of `loadQuizCode`: someone needs the code now, so nobody waits for idle time. */
const requested = new Promise<void>((resolve) => (markRequested = resolve));

/** The quiz code if it is here already (for a render, which cannot wait). */
export const loadedQuizCode = (): QuizCode | undefined => code;

/** Whether loading the chunk failed or timed out (shared, so every part of the page tells the same story). */
export const quizCodeFailed = (): boolean => failed && !code;

/** For builds that import the quiz statically (src/define.ts): the code is here, no chunk to fetch. */
export function provideQuizCode(module: QuizCode): void {
  if (code) return;
  code = module;
  loading = Promise.resolve(module);
  for (const callback of waiting) callback(module);
  waiting.clear();
}

/**
 * Loads the quiz code once; every caller shares the load. It fails when the chunk fails or takes
 * longer than `QUIZ_CODE_TIMEOUT_MS`; a chunk that arrives after the timeout still goes in (see
 * `onQuizCode`). Browsers keep a failed module load for the page's life, so a failure is final:
 * a reload is what brings the code then.
 */
export function loadQuizCode(): Promise<QuizCode> {
  markRequested();
  if (loading) return loading;
  const imported = import('../../quiz-elements.js').then((module) => {
    provideQuizCode(module);
    return module;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The quiz code took too long to load.')), QUIZ_CODE_TIMEOUT_MS);
  });
  loading = Promise.race([imported, timeout]).finally(() => clearTimeout(timer));
  loading.catch(() => (failed = true));
  return loading;
}

/** Calls `callback` when the quiz code is here: at once if it is, else when it arrives (even after a timeout). */
export function onQuizCode(callback: (code: QuizCode) => void): void {
  if (code) callback(code);
  else waiting.add(callback);
}

const moduleRan = performance.now();

/**
 * Resolves once the page has finished loading and the browser is idle, or `IDLE_LIMIT_MS` after
 * this module ran, whichever is first: when code the first screen does not need should load.
 * Safari has no requestIdleCallback; a short timeout after `load` stands in.
 */
export function whenPageIdle(): Promise<void> {
  const limit = new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, IDLE_LIMIT_MS - (performance.now() - moduleRan))));
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  const idle = loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 1000 });
        else setTimeout(resolve, 50);
      }),
  );
  return Promise.race([idle, limit]);
}

/** Resolves after the next frame has been painted (a task after the animation frame). */
export const afterNextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Loads the quiz code when the page is idle, or sooner when another part asks for it now. */
export function loadQuizCodeWhenIdle(): Promise<QuizCode> {
  return Promise.race([whenPageIdle(), requested]).then(loadQuizCode);
}
