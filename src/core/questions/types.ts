import type { TextRun } from './templates/runs.js';
/** The generated question format: also the JSON the CLI prints (`--json`). */

/** Question type ids, used in JSON, attributes, events and URLs. */
export const QUESTION_TYPES = [
  'term-definition',
  'definition-term',
  'true-false',
  'order',
  'date',
  'match',
  'group-member',
  'select-all',
  'fill-blank',
  'scenario',
  'blank-choice',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export const isQuestionType = (value: string): value is QuestionType =>
  (QUESTION_TYPES as readonly string[]).includes(value);

export interface Option {
  id: string;
  text: string;
  /** The option's language when it is the wording's, not the content's ("True" beside French statements). */
  lang?: string;
}

interface QuestionBase {
  /** Stable id from the type and the ids of the facts asked about; the same in every language. */
  id: string;
  type: QuestionType;
  theme: string;
  prompt: string;
  /** A phrase of the prompt that the views show emphasised: the negation of a NOT question, so it is not missed. */
  emphasis?: string;
  explanation: string;
  /**
   * Only when the content's language has no question wording of its own and English stands in:
   * the prompt and the explanation split into the wording's words (with their `lang`) and the
   * content's, so each is read in its own language. Joined, the runs give `prompt` or `explanation`.
   */
  promptRuns?: TextRun[];
  explanationRuns?: TextRun[];
  /** The explainer section that shows what the question tests. */
  sectionId: string;
  /** The section's "go deeper" block that explains it, when it is there rather than in the main text. */
  deeperId?: string;
  sourceIds: string[];
}

/**
 * One correct option among several. A "blank-choice" question is a fill-in sentence whose gap is
 * chosen from options (the blank's answer and its `distractors`); its prompt holds the gap mark.
 */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'term-definition' | 'definition-term' | 'true-false' | 'date' | 'group-member' | 'scenario' | 'blank-choice';
  options: Option[];
  answer: string;
  /** What a wrong option actually is, by option id, where the content knows it (shown when that option is chosen). */
  optionNotes?: Record<string, string>;
}

export interface SelectAllQuestion extends QuestionBase {
  type: 'select-all';
  options: Option[];
  /** Every correct option id, in option order. */
  answer: string[];
  /** What a wrong option actually is, by option id, where the content knows it (shown for each one chosen). */
  optionNotes?: Record<string, string>;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** The events, shuffled. */
  options: Option[];
  /** All option ids, earliest first. */
  answer: string[];
}

export interface MatchQuestion extends QuestionBase {
  type: 'match';
  /** The left column. */
  items: Option[];
  /** The right column, shuffled. */
  options: Option[];
  /** Item id → option id. */
  answer: Record<string, string>;
}

export interface FillBlankQuestion extends QuestionBase {
  type: 'fill-blank';
  /** The sentence around the blank, for controls that show the gap in place. */
  before: string;
  after: string;
  /** Accepted answers; compared leniently (see `matchesAcceptedAnswer` in `free-text.ts`). */
  answer: string[];
  /**
   * The content's language (BCP 47), which picks the leading articles an answer
   * may add or leave out ("the", "a", "an" in English; "le", "la", "les", "l'",
   * "un", "une" in French; German and Spanish likewise). Absent, or a language
   * without articles of its own (Korean, Japanese): English rules, which suit
   * the English alternatives such content often accepts.
   */
  language?: string;
}

export type Question = SingleChoiceQuestion | SelectAllQuestion | OrderQuestion | MatchQuestion | FillBlankQuestion;

/** What a learner answered, per type: an option id, option ids, a mapping, or text. */
export type Answer = string | string[] | Record<string, string>;

export interface QuizOptions {
  seed: string;
  /** How many questions (default 10). */
  count?: number;
  /** Only these types (default all). */
  types?: readonly QuestionType[];
  /** Only these theme ids (default all). */
  themes?: readonly string[];
  /**
   * `core`: only facts the core lesson teaches — none explained only in a "go deeper" block, which a
   * class period may never assign (default `all`).
   */
  scope?: QuizScope;
  /** Only questions explained in these section ids (default all): the checks inside a section use it. */
  sections?: readonly string[];
  /**
   * Fact keys to leave out while the content has enough others (the facts the checks in the text
   * already asked about); when it has not, the quiz uses them after all and `Quiz.repeatedFacts` says how many.
   */
  avoidFacts?: readonly string[];
}

/** Which facts a quiz draws on: the whole content, or the core lesson only. */
export type QuizScope = 'all' | 'core';

export interface Quiz {
  contentId: string;
  contentVersion: string;
  seed: string;
  questions: Question[];
  /** With `avoidFacts`: how many questions use one of those facts all the same, because the content had too few others. */
  repeatedFacts?: number;
}
