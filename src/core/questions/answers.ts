/** Checking answers. Pure: the components never decide what is correct. */
import type { Answer, Question } from './types.js';
import { matchesAcceptedAnswer, normalizeFreeText } from './free-text.js';

export { normalizeFreeText };

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
    case 'fill-blank':
      return matchesAcceptedAnswer(answer as string, question.answer, question.language);
    default:
      return answer === question.answer;
  }
}
