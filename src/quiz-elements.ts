/**
 * The code a reader needs only after the lesson's first render: the quiz and "Check yourself"
 * elements (defined when this module runs) and the generator the checks are drawn with. The
 * script-tag file loads it as a chunk of its own (see components/shared/quiz-code.ts); builds
 * that import everything statically (the npm entry, the code-only build) get it at once.
 */
export { EceQuiz } from './components/quiz/ece-quiz.js';
export { EceCheck } from './components/check/ece-check.js';
export { planChecks } from './core/questions/checks.js';
export { loadTemplates, templatesLoaded } from './core/questions/templates/index.js';
