/**
 * The pure core as one entry (`export-controls-explainer/core`): no DOM, no elements, usable in
 * Node and in any bundler. A school's server can print worksheets or mark result codes with it,
 * and an authoring tool can check content files in CI.
 *
 * Question wording in English is built in; call `loadTemplates('ko')` (or `'ja'`) once before
 * generating questions from a Korean or Japanese content file.
 */
export type * from './content/schema.js';
export { parseContent, validateContent, formatError, type ContentError, type ValidationResult } from './content/validate.js';
export { summarizeContent } from './content/summary.js';
export { readability, type ReadabilityReport, type SectionReadability, type TextMeasure } from './content/readability.js';

export { generateQuiz, buildQuestions } from './questions/generate.js';
export { loadTemplates } from './questions/templates/index.js';
export { lintContent, formatFinding, type LintFinding, type LintRule } from './questions/lint.js';
export { contentStats, type ContentStats } from './questions/stats.js';
export { isCorrect, scoreAnswer, type AnswerScore } from './questions/answers.js';
export { matchesAcceptedAnswer, parseWrittenDate } from './questions/free-text.js';
export { GENERATOR_VERSION } from './questions/version.js';
export { QUESTION_TYPES, isQuestionType } from './questions/types.js';
export type { Answer, Question, QuestionType, Quiz, QuizOptions, QuizScope } from './questions/types.js';

export { startSession, type QuizMode, type SessionOptions, type SessionState } from './quiz/session.js';
export { encodeResultCode, decodeResultCode, type DecodedResult } from './quiz/result-code.js';
export { buildClassView, classCsv, itemAnalysisCsv, ITEM_ANALYSIS, type ClassView, type CodeLine, type ItemFlag, type QuestionStats } from './quiz/class-view.js';
export { resultCsv, resultExport, type ResultExport } from './quiz/export.js';
export { completedStatement, type XapiStatement } from './quiz/xapi.js';
