import type { Precision } from '../../dates.js';

/**
 * Per-language question wording. Whole sentences per language, never word-by-word
 * concatenation, so each language can order words and pick particles itself.
 */
export interface QuestionTemplates {
  termDefinition(term: string): string;
  definitionTerm(definition: string): string;
  trueFalse(statement: string): string;
  trueLabel: string;
  falseLabel: string;
  order(): string;
  /** Fallback when an event has no `question` of its own: asks for the year or the month. */
  date(eventTitle: string, precision: Precision): string;
  matchTerms(): string;
  /** `precision`: how the dates are shown (years, or months and years). */
  matchDates(precision: Precision): string;
  groupMember(groupName: string): string;
  groupNonMember(groupName: string): string;
  /** The negation in `groupNonMember`, shown emphasised (exam papers underline or capitalise it). */
  nonMemberEmphasis: string;
  selectAll(groupName: string): string;
  fillBlank(before: string, after: string): string;
  /** A fill-in sentence whose gap is chosen from options. */
  blankChoice(before: string, after: string): string;
  scenario(description: string, question: string): string;
  /** Used when the decision tree names no question of its own. */
  defaultScenarioQuestion: string;
  definitionExplanation(term: string, definition: string): string;
  /** Feedback on a wrong definition: whose definition it is. */
  definitionIsOf(term: string): string;
  /**
   * A glossary definition as a term question shows it, as an option or quoted in the prompt
   * (default: as written). Japanese options read as noun phrases: 「…素材」, not 「…素材です。」.
   */
  definitionShown?(definition: string): string;
  /** An event with its date, as listed in an explanation. */
  dated(eventTitle: string, date: string): string;
  dateExplanation(eventTitle: string, date: string, description: string): string;
  orderExplanation(eventsInOrder: string[]): string;
  matchExplanation(pairs: [string, string][]): string;
  groupExplanation(groupName: string, members: string[]): string;
  /**
   * A select-all whose options left some members out: the right options first, then the whole group,
   * so neither reads as the full list on its own ("the three materials: photoresist; hydrogen fluoride").
   */
  selectAllExplanation(groupName: string, rightOptions: string[], allMembers: string[]): string;
  fillBlankExplanation(sentence: string): string;
}

/** The visible gap in a fill-in prompt (the quiz reads it aloud as the word "blank"). */
export const BLANK = '_____';
/** The gap as Japanese worksheets print it: full-width brackets, not ASCII underscores inside Japanese prose. */
export const BLANK_JA = '（　　　）';
/** The gap printed in fill-in prompts of a language. */
export const blankMark = (language: string): string => (language.toLowerCase().split(/[-_]/)[0] === 'ja' ? BLANK_JA : BLANK);
/**
 * The gap a question's prompt shows, if it has one: a typed blank's by its language, a chosen
 * blank's as its prompt prints it (the wording may be another language's than the content).
 */
export function gapMarkOf(question: { type: string; prompt: string; language?: string }): string | undefined {
  if (question.type === 'fill-blank') return blankMark(question.language ?? '');
  if (question.type === 'blank-choice') return [BLANK_JA, BLANK].find((mark) => question.prompt.includes(mark));
  return undefined;
}

const quote = (text: string) => `“${text}”`;

const TERMINAL = /[.!?。！？]["'”’」』)）]*$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * Joins sentences cleanly: each part ends with one full stop (a Japanese 。 in
 * Japanese text), never doubled, and parts are separated by a space (none in Japanese).
 */
export function joinSentences(parts: readonly string[], language = 'en'): string {
  const japanese = language.split('-')[0] === 'ja';
  return parts
    .map((part) => part.trim().replace(/[;:,、，]+$/u, ''))
    .filter(Boolean)
    .map((part) => (TERMINAL.test(part) ? part : `${part}${japanese || CJK.test(part.slice(-1)) ? '。' : '.'}`))
    .join(japanese ? '' : ' ');
}

export const englishTemplates: QuestionTemplates = {
  termDefinition: (term) => `Which definition fits the term ${quote(term)}?`,
  definitionTerm: (definition) => `Which term fits this definition? ${quote(definition)}`,
  trueFalse: (statement) => `True or false? ${statement}`,
  trueLabel: 'True',
  falseLabel: 'False',
  order: () => 'Put these events in the order they happened, earliest first.',
  date: (title, precision) => `In which ${precision === 'year' ? 'year' : 'month'} did this happen: ${quote(title)}?`,
  matchTerms: () => 'Match each term to its definition.',
  matchDates: (precision) => (precision === 'year' ? 'Match each event to its year.' : 'Match each event to its month and year.'),
  groupMember: (name) => `Which of these is one of ${name}?`,
  groupNonMember: (name) => `Which of these is NOT one of ${name}?`,
  nonMemberEmphasis: 'NOT',
  selectAll: (name) => `Select every one of ${name}. Leave the others unselected.`,
  fillBlank: (before, after) => `Fill in the blank: ${before}${BLANK}${after}`,
  blankChoice: (before, after) => `Choose the words that complete the sentence: ${before}${BLANK}${after}`,
  scenario: (description, question) => `${description} ${question}`,
  defaultScenarioQuestion: 'Which outcome applies?',
  definitionExplanation: (term, definition) => joinSentences([`${quote(term)}: ${definition}`]),
  definitionIsOf: (term) => `That is the definition of ${quote(term)}.`,
  dated: (title, date) => `${title} (${date})`,
  // The date, then the event's own account of what happened (in the past tense).
  dateExplanation: (_title, date, description) => joinSentences([`${date}: ${description}`]),
  orderExplanation: (events) => joinSentences([`In order: ${events.join(' → ')}`]),
  matchExplanation: (pairs) => joinSentences(pairs.map(([left, right]) => `${left}: ${right}`)),
  groupExplanation: (name, members) => joinSentences([`${capitalize(name)}: ${members.join('; ')}`]),
  selectAllExplanation: (name, right, all) => joinSentences([`The right options: ${right.join('; ')}`, `${capitalize(name)} are, in full: ${all.join('; ')}`]),
  fillBlankExplanation: (sentence) => sentence,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const registry = new Map<string, QuestionTemplates>([['en', englishTemplates]]);

/** Korean and Japanese wording load on first use, so pages in English never download them. */
const loaders = new Map<string, () => Promise<QuestionTemplates>>([
  ['ko', () => import('./ko.js').then((module) => module.koreanTemplates)],
  ['ja', () => import('./ja.js').then((module) => module.japaneseTemplates)],
]);

const candidates = (language: string) => [language, language.split('-')[0] ?? ''];

/**
 * Loads the wording for a content language if it is not loaded yet; languages
 * without templates of their own are worded in English and need nothing.
 */
export async function loadTemplates(language: string): Promise<void> {
  for (const key of candidates(language)) {
    if (registry.has(key)) return;
    const load = loaders.get(key);
    if (load) {
      registry.set(key, await load());
      return;
    }
  }
}

/** Whether `templatesFor(language)` can answer now, without `loadTemplates` first. */
export function templatesLoaded(language: string): boolean {
  for (const key of candidates(language)) {
    if (registry.has(key)) return true;
    if (loaders.has(key)) return false;
  }
  return true;
}

/**
 * The language a content language's questions are borrowed from: English when it has no wording of
 * its own (French content is asked in English), nothing when it has.
 */
export function borrowedWording(language: string): string | undefined {
  for (const key of candidates(language)) if (registry.has(key) || loaders.has(key)) return undefined;
  return 'en';
}

/**
 * The wording for a content language: exact tag, then its primary subtag, else English.
 * Throws for a language whose wording exists but is not loaded yet (`loadTemplates` first),
 * so Korean content is never quietly worded in English.
 */
export function templatesFor(language: string): QuestionTemplates {
  for (const key of candidates(language)) {
    const templates = registry.get(key);
    if (templates) return templates;
    if (loaders.has(key)) throw new Error(`Question templates for "${key}" are not loaded: await loadTemplates("${language}") first.`);
  }
  return englishTemplates;
}
