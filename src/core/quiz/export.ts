/** Results as files a learner can download: JSON and CSV. */
import type { Answer, Question } from '../questions/types.js';
import { describeAnswer, describeCorrectAnswer } from './describe.js';
import type { Results, SessionOptions } from './session.js';

/** One CSV field, quoted when needed; text with a leading =, +, - or @ is neutralised so spreadsheets never run it as a formula (numbers stay numbers). */
export function csvField(value: string | number | boolean): string {
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: (string | number | boolean)[]) => fields.map(csvField).join(',');

export interface ResultExport {
  contentId: string;
  contentVersion: string;
  seed: string;
  options: SessionOptions;
  name: string;
  /** The sum of the credits, rounded to 2 decimals. */
  score: number;
  total: number;
  percent: number;
  resultCode: string;
  /** Per question: `correct` when wholly right, `credit` its share of the point (0–1, 2 decimals). */
  results: {
    number: number;
    id: string;
    type: string;
    theme: string;
    correct: boolean;
    credit: number;
    answer: string | null;
    correctAnswer: string;
  }[];
}

export function resultExport(
  contentId: string,
  contentVersion: string,
  options: SessionOptions,
  questions: Question[],
  answers: Record<string, Answer>,
  results: Results,
  resultCode: string,
  name: string,
): ResultExport {
  return {
    contentId,
    contentVersion,
    seed: options.seed,
    options,
    name,
    score: results.score,
    total: results.total,
    percent: results.percent,
    resultCode,
    results: questions.map((question, index) => ({
      number: index + 1,
      id: question.id,
      type: question.type,
      theme: question.theme,
      correct: results.results[index]!.correct,
      credit: results.results[index]!.credit,
      answer: describeAnswer(question, answers[question.id]) ?? null,
      correctAnswer: describeCorrectAnswer(question),
    })),
  };
}

/** One row per question; `credit` is the last column, so files read by column position before it still read the same. */
export function resultCsv(data: ResultExport): string {
  const header = csvLine(['number', 'question_id', 'type', 'theme', 'correct', 'answer', 'correct_answer', 'credit']);
  const rows = data.results.map((row) =>
    csvLine([row.number, row.id, row.type, row.theme, row.correct, row.answer ?? '', row.correctAnswer, row.credit]),
  );
  const summary = csvLine(['total', data.seed, data.resultCode, data.name, `${data.score}/${data.total}`, `${data.percent}%`, '', data.score]);
  return [header, ...rows, summary].join('\r\n') + '\r\n';
}
