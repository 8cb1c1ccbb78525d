/** Answers as readable text, for feedback, the results review and exports. */
import type { Answer, Question } from '../questions/types.js';

const optionText = (question: Question, id: string) =>
  ('options' in question ? question.options.find((option) => option.id === id)?.text : undefined) ?? id;

/**
 * Parts joined into one line: a part's own full stop would run into the separator (".;", "。;").
 * Japanese parts take the Japanese list mark (a half-width "; " reads as a foreign sign there).
 */
const joinParts = (parts: string[]) => {
  const japanese = parts.length > 0 && parts.every((part) => /[\u3040-\u30ff]/u.test(part));
  return parts.map((part) => part.replace(/[.。]$/u, '')).join(japanese ? '、' : '; ');
};

/** A learner's (or the correct) answer as text; `undefined` when there is none. */
export function describeAnswer(question: Question, answer: Answer | undefined | null): string | undefined {
  if (answer === undefined || answer === null) return undefined;
  switch (question.type) {
    case 'fill-blank':
      return Array.isArray(answer) ? answer[0] : typeof answer === 'string' ? answer : undefined;
    case 'order':
      return Array.isArray(answer) ? answer.map((id) => optionText(question, id)).join(' → ') : undefined;
    case 'select-all':
      return Array.isArray(answer) ? joinParts(answer.map((id) => optionText(question, id))) : undefined;
    case 'match':
      if (typeof answer !== 'object' || Array.isArray(answer)) return undefined;
      return joinParts(question.items.map((item) => `${item.text} → ${answer[item.id] ? optionText(question, answer[item.id]!) : '—'}`));
    default:
      return typeof answer === 'string' ? optionText(question, answer) : undefined;
  }
}

/** The correct answer as text (for fill-in-the-blank, every accepted form). */
export function describeCorrectAnswer(question: Question): string {
  if (question.type === 'fill-blank') return question.answer.join(' / ');
  return describeAnswer(question, question.answer) ?? '';
}
