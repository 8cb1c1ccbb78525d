/**
 * Quiz session state: pure data and functions, no DOM. The quiz element renders
 * it and turns clicks into calls here; storage saves it as JSON.
 */
import type { Content } from '../content/schema.js';
import { isAnswered, isCorrect, scoreAnswer, type AnswerScore } from '../questions/answers.js';
import { buildQuestions, generateQuiz } from '../questions/generate.js';
import { checkFacts, planChecks, type ChecksSetting } from '../questions/checks.js';
import { isQuestionType, type Answer, type Question, type QuestionType, type QuizScope } from '../questions/types.js';

export type QuizMode = 'practice' | 'test';

export interface SessionOptions {
  seed: string;
  count: number;
  mode: QuizMode;
  types: QuestionType[];
  themes: string[];
  /** `core`: only what the core lesson teaches (absent: everything). */
  scope?: QuizScope;
  /** The checks the reader met in the text (absent: none): the quiz avoids the facts they asked about. */
  checks?: ChecksSetting;
}

export interface SessionState {
  /** Format version of saved state; other versions are discarded. */
  v: 1;
  contentId: string;
  contentVersion: string;
  options: SessionOptions;
  /** The questions of this round, in order (a retry round holds only the missed ones). */
  questionIds: string[];
  round: number;
  position: number;
  answers: Record<string, Answer>;
  /** Practice mode: questions whose answer was checked (and is now fixed). */
  checked: string[];
  startedAt: number;
  finishedAt?: number;
  /** How many questions ask about a fact the checks in the text asked too (the content had too few others). */
  repeatedFacts?: number;
}

export interface QuestionResult {
  id: string;
  type: QuestionType;
  theme: string;
  /** Wholly right (`credit === 1`). */
  correct: boolean;
  /** Share of the question's point earned, 0–1, rounded to 2 decimals (see `scoreAnswer`). */
  credit: number;
  /** What a partial credit was counted from (`match`, `order`, `select-all`). */
  parts?: AnswerScore['parts'];
  answer: Answer | null;
}

export interface Results {
  /** The sum of the credits, rounded to 2 decimals. */
  score: number;
  total: number;
  /** The score as a whole percentage of `total`. */
  percent: number;
  /** The same per theme, in the content's theme order (themes without questions left out). */
  byTheme: { theme: string; score: number; total: number }[];
  results: QuestionResult[];
}

/** Starts a new session: generates the quiz from the seed and options. */
export function startSession(content: Content, options: SessionOptions, now: number): { state: SessionState; questions: Question[] } {
  const avoidFacts = options.checks ? checkFacts(planChecks(content, options.checks)) : [];
  const quiz = generateQuiz(content, { seed: options.seed, count: options.count, types: options.types, themes: options.themes, scope: options.scope ?? 'all', avoidFacts });
  return {
    questions: quiz.questions,
    state: {
      v: 1,
      contentId: content.id,
      contentVersion: content.version,
      options,
      questionIds: quiz.questions.map((question) => question.id),
      round: 1,
      position: 0,
      answers: {},
      checked: [],
      startedAt: now,
      ...(quiz.repeatedFacts ? { repeatedFacts: quiz.repeatedFacts } : {}),
    },
  };
}

/** The questions of a state, rebuilt from the content and seed (answers are never stored in questions). */
export function questionsOf(content: Content, state: SessionState): Question[] {
  return buildQuestions(content, state.options.seed, state.questionIds);
}

export function setAnswer(state: SessionState, id: string, answer: Answer): SessionState {
  if (state.finishedAt !== undefined || state.checked.includes(id)) return state;
  return { ...state, answers: { ...state.answers, [id]: answer } };
}

export function checkAnswer(state: SessionState, id: string): SessionState {
  if (state.checked.includes(id)) return state;
  return { ...state, checked: [...state.checked, id] };
}

export function moveTo(state: SessionState, position: number): SessionState {
  return { ...state, position: Math.max(0, Math.min(state.questionIds.length - 1, position)) };
}

export function finish(state: SessionState, now: number): SessionState {
  return state.finishedAt === undefined ? { ...state, finishedAt: now } : state;
}

/** A state for a new round: the note on facts the checks asked belongs to the first round's questions. */
function withoutRepeats(state: SessionState): SessionState {
  const next = { ...state };
  delete next.repeatedFacts;
  return next;
}

/** A new round of just the questions not fully right (partly right ones included), with the same seed (so the same options). */
export function retryMissed(state: SessionState, questions: Question[], now: number): SessionState {
  const missed = questions.filter((question) => !isCorrect(question, state.answers[question.id])).map((question) => question.id);
  return {
    ...withoutRepeats(state),
    questionIds: missed,
    round: state.round + 1,
    position: 0,
    answers: {},
    checked: [],
    startedAt: now,
    finishedAt: undefined,
  };
}

/** A practice round over earlier-missed items (see `practice.ts`): a round of its own, like a retry. */
export function practiceRound(state: SessionState, questionIds: string[], now: number): SessionState {
  return { ...withoutRepeats(state), questionIds, round: state.round + 1, position: 0, answers: {}, checked: [], startedAt: now, finishedAt: undefined };
}

/** Rounds a score for display and events, keeping it a number: 2.6666… → 2.67. */
export const roundScore = (value: number) => Math.round(value * 100) / 100;

/**
 * Scores a session with partial credit: each result has its `credit` (0–1) and
 * whole-question `correct`; `score` is the sum of the credits (2 decimals), and
 * `percent` and `byTheme` follow from the unrounded credits.
 */
export function scoreSession(state: SessionState, questions: Question[], themeOrder: string[]): Results {
  const scored = questions.map((question) => {
    const answer = state.answers[question.id];
    const { credit, correct, parts } = scoreAnswer(question, answer);
    const result: QuestionResult = {
      id: question.id,
      type: question.type,
      theme: question.theme,
      correct,
      credit: roundScore(credit),
      ...(parts ? { parts } : {}),
      answer: answer === undefined ? null : answer,
    };
    return { result, credit };
  });
  const sum = (rows: typeof scored) => rows.reduce((total, row) => total + row.credit, 0);
  const score = sum(scored);
  const total = scored.length;
  const byTheme = themeOrder
    .map((theme) => {
      const own = scored.filter((row) => row.result.theme === theme);
      return { theme, score: roundScore(sum(own)), total: own.length };
    })
    .filter((row) => row.total > 0);
  return {
    score: roundScore(score),
    total,
    percent: total === 0 ? 0 : Math.round((score / total) * 100),
    byTheme,
    results: scored.map((row) => row.result),
  };
}

export const answeredCount = (state: SessionState, questions: Question[]) =>
  questions.filter((question) => isAnswered(question, state.answers[question.id])).length;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' || isStringArray(value) || (isRecord(value) && Object.values(value).every((item) => typeof item === 'string'));

/**
 * Reads saved state back, or returns undefined for anything that is not a
 * state this version wrote for this content (garbage, old formats, other content).
 */
export function restoreSession(raw: string | null, content: Content, options: SessionOptions): SessionState | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.v !== 1 || value.contentId !== content.id || value.contentVersion !== content.version) return undefined;
  const saved = value.options;
  if (
    !isRecord(saved) ||
    saved.seed !== options.seed ||
    saved.count !== options.count ||
    saved.mode !== options.mode ||
    !isStringArray(saved.types) ||
    saved.types.join() !== options.types.join() ||
    !isStringArray(saved.themes) ||
    saved.themes.join() !== options.themes.join() ||
    (saved.scope ?? 'all') !== (options.scope ?? 'all')
  ) {
    return undefined;
  }
  const { questionIds, answers, checked, position, round, startedAt, finishedAt, repeatedFacts } = value;
  if (!isStringArray(questionIds) || !isStringArray(checked) || !isRecord(answers)) return undefined;
  if (!Object.values(answers).every(isAnswer)) return undefined;
  if (typeof position !== 'number' || typeof round !== 'number' || typeof startedAt !== 'number') return undefined;
  if (finishedAt !== undefined && typeof finishedAt !== 'number') return undefined;
  // Every question must still exist in this content.
  const rebuilt = buildQuestions(content, options.seed, questionIds);
  if (rebuilt.length !== questionIds.length) return undefined;
  // A quiz keeps the checks it was drawn after, even if the page's setting has changed since (or the
  // quiz was saved before checks existed): it continues as the quiz it was, and its result code says so.
  const checks = parseChecksSetting(saved.checks);
  const rest = { ...options };
  delete rest.checks;
  return {
    v: 1,
    contentId: content.id,
    contentVersion: content.version,
    options: checks ? { ...rest, checks } : rest,
    questionIds,
    round,
    position: Math.max(0, Math.min(questionIds.length - 1, Math.floor(position))),
    answers: answers as Record<string, Answer>,
    checked: checked.filter((id) => questionIds.includes(id)),
    startedAt,
    ...(typeof finishedAt === 'number' ? { finishedAt } : {}),
    ...(typeof repeatedFacts === 'number' && repeatedFacts > 0 ? { repeatedFacts } : {}),
  };
}

/** The checks of saved options, or undefined for none or anything malformed. */
function parseChecksSetting(value: unknown): ChecksSetting | undefined {
  return isRecord(value) && (value.per === 'theme' || value.per === 'section') && typeof value.seed === 'string' ? { per: value.per, seed: value.seed } : undefined;
}

/** Parses the comma-separated `types` attribute, dropping unknown ids. */
export const parseTypes = (value: string | undefined): QuestionType[] =>
  (value ?? '').split(',').map((item) => item.trim()).filter(isQuestionType);

/** Parses the comma-separated `themes` attribute against the content's theme ids. */
export const parseThemes = (value: string | undefined, content: Content): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => content.themes.some((theme) => theme.id === item));
