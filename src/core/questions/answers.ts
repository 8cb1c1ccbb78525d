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

/**
 * Whether one answer is wholly right. Equals `scoreAnswer(question, answer).credit === 1`
 * (a test holds the two together); `quiz-answer` events report it as `correct`.
 */
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
      return matchesAcceptedAnswer(answer as string, question.answer, question.language, question.after);
    default:
      return answer === question.answer;
  }
}

/** How much of a question an answer got right. */
export interface AnswerScore {
  /** Share of the question's point earned, from 0 to 1 (not rounded). */
  credit: number;
  /** Wholly right: `credit === 1`, the same as `isCorrect`. */
  correct: boolean;
  /**
   * What the credit was counted from, for `match`, `order` and `select-all` answers:
   * pairs right of all items (`match`), events already in the right order of all events
   * (`order`), right options chosen of all right options, with `wrong` options chosen
   * (`select-all`). Absent for other types and for unanswered questions.
   */
  parts?: { right: number; total: number; wrong?: number };
}

/**
 * The length of the longest run of `positions` (not necessarily adjacent) that
 * rises strictly: the most items already in the right order relative to each other.
 * Negative positions (items the answer does not have) never count.
 */
function longestRisingRun(positions: readonly number[]): number {
  const tails: number[] = [];
  for (const position of positions) {
    if (position < 0) continue;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < position) low = middle + 1;
      else high = middle;
    }
    tails[low] = position;
  }
  return tails.length;
}

/**
 * Scores one answer with partial credit.
 *
 * - `match`: the share of items paired with their right option (`parts`: right pairs of all items).
 * - `order`: the events already in the right order relative to each other, k of n (the longest
 *   subsequence of the learner's order that runs earliest to latest: the events that could stay
 *   put while the others are moved), and credit (k − 1) / (n − 1), i.e. 1 − (events to move) /
 *   (the most that can ever need moving). So one event out of place costs the same wherever it
 *   is — A B C D answered D A B C or A C B D both get 3 of 4 and credit 2/3 — and a fully reversed
 *   order gets 0. Absolute positions were not chosen because one event misplaced at the start
 *   shifts every other and zeroes the item (D A B C: 0 of 4 in place); adjacent pairs were not
 *   chosen because swapping two neighbours in the middle of four zeroes it (A C B D shares no
 *   neighbouring pair with A B C D). (`parts`: k of n.)
 * - `select-all`: (right options chosen − wrong options chosen) / number of right options,
 *   floored at 0: each wrong choice cancels a right one, so ticking every box does not pay (`parts`: right options chosen of all
 *   right options, and `wrong`, the wrong options chosen).
 * - single choice and `fill-blank`: 0 or 1, from `isCorrect`.
 *
 * An unanswered question (see `isAnswered`) scores 0. `credit` is 1 exactly when `isCorrect` is true.
 */
export function scoreAnswer(question: Question, answer: Answer | undefined): AnswerScore {
  const whole = (correct: boolean): AnswerScore => ({ credit: correct ? 1 : 0, correct });
  if (!isAnswered(question, answer)) return whole(false);
  const partial = (credit: number, parts: AnswerScore['parts'] & object): AnswerScore => ({
    credit: Math.max(0, Math.min(1, credit)),
    correct: credit >= 1,
    parts,
  });
  switch (question.type) {
    case 'match': {
      const given = answer as Record<string, string>;
      const total = question.items.length;
      const right = question.items.filter((item) => given[item.id] === question.answer[item.id]).length;
      return partial(total === 0 ? 0 : right / total, { right, total });
    }
    case 'order': {
      const total = question.answer.length;
      const given = answer as string[];
      // Each event counts once: a repeated id is no event in the right order.
      const positions = given.map((id, index) => (given.indexOf(id) === index ? question.answer.indexOf(id) : -1));
      const right = longestRisingRun(positions);
      if (total <= 1) return partial(right === total ? 1 : 0, { right, total });
      return partial((right - 1) / (total - 1), { right, total });
    }
    case 'select-all': {
      const given = answer as string[];
      const total = question.answer.length;
      const right = question.answer.filter((id) => given.includes(id)).length;
      // Anything else chosen is wrong, repeats included, so credit 1 means exactly the right set.
      const wrong = given.length - right;
      return partial(total === 0 ? 0 : (right - wrong) / total, { right, total, wrong });
    }
    default:
      return whole(isCorrect(question, answer));
  }
}

/** How an answer did: wholly right, partly right (some credit), or not. */
export type Verdict = 'correct' | 'partial' | 'incorrect';

export const verdictOf = ({ correct, credit }: { correct: boolean; credit: number }): Verdict =>
  correct ? 'correct' : credit > 0 ? 'partial' : 'incorrect';
