/** Checking answers. Pure: the components never decide what is correct. */
import type { Answer, Question } from './types.js';

/**
 * Normalizes free text for lenient comparison: Unicode compatibility forms
 * (full-width ↔ half-width), case, all spacing, and surrounding punctuation.
 */
export function normalizeFreeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\u200b-\u200d\ufeff]+/gu, '')
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
    .replace(/[‐‑‒–—―ー－]/gu, '-');
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** True when `answer` is a complete answer of the right shape for the question. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  switch (question.type) {
    case 'select-all':
      return Array.isArray(answer) && answer.length > 0;
    case 'order':
      return Array.isArray(answer) && answer.length === question.answer.length;
    case 'match':
      return (
        typeof answer === 'object' &&
        !Array.isArray(answer) &&
        question.items.every((item) => typeof answer[item.id] === 'string' && answer[item.id] !== '')
      );
    case 'fill-blank':
      return typeof answer === 'string' && answer.trim() !== '';
    default:
      return typeof answer === 'string' && answer !== '';
  }
}

/** Scores one answer: right or wrong (no partial credit, so a score reads simply). */
export function isCorrect(question: Question, answer: Answer | undefined): boolean {
  if (!isAnswered(question, answer)) return false;
  switch (question.type) {
    case 'select-all':
      return sameSet(answer as string[], question.answer);
    case 'order':
      return (answer as string[]).every((id, index) => id === question.answer[index]);
    case 'match': {
      const given = answer as Record<string, string>;
      return Object.entries(question.answer).every(([item, option]) => given[item] === option);
    }
    case 'fill-blank': {
      const given = normalizeFreeText(answer as string);
      return question.answer.some((accepted) => normalizeFreeText(accepted) === given);
    }
    default:
      return answer === question.answer;
  }
}
