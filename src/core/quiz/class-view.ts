/**
 * The class view: many result codes in, class statistics out. Computed entirely
 * from the codes and the quiz the teacher set; nothing leaves the browser.
 */
import type { Content } from '../content/schema.js';
import { verdictOf } from '../questions/answers.js';
import type { Question } from '../questions/types.js';
import { describeAnswer } from './describe.js';
import { csvLine } from './export.js';
import { decodeResultCode, type DecodedAnswer } from './result-code.js';
import type { SessionOptions } from './session.js';

export interface CodeLine {
  line: number;
  code: string;
  status: 'ok' | 'damaged' | 'other-quiz' | 'other-version' | 'duplicate';
  message?: string;
  /** With `other-version`: the generator version that made the code, when known. */
  generatorVersion?: number;
  name?: string;
  /** The sum of the credits, rounded to 2 decimals. */
  score?: number;
  correct?: boolean[];
  /** Per question: the credit, 0–1 (fill-in answers 0 or 1). */
  credit?: number[];
  answers?: DecodedAnswer[];
}

export interface QuestionStats {
  number: number;
  id: string;
  type: string;
  prompt: string;
  /** The prompt's phrase to show emphasised (see `Question.emphasis`). */
  emphasis?: string;
  /** The prompt's runs, when its wording is in another language than the content (see `Question.promptRuns`). */
  promptRuns?: Question['promptRuns'];
  answered: number;
  /** Codes that got it wholly right. */
  correct: number;
  /** Codes that got part of it right (credit above 0, below 1). */
  partlyRight: number;
  /** Share of accepted codes that got it wholly right, 0–1. */
  shareCorrect: number;
  /** Mean credit over accepted codes, 0–1 (equals `shareCorrect` when nobody is partly right). */
  meanCredit: number;
  /** Answers not wholly right (partly right ones included), most common first. */
  wrongAnswers: { answer: string; count: number }[];
}

export interface ClassView {
  lines: CodeLine[];
  accepted: number;
  total: number;
  /**
   * How many students got each score, from 0 to the number of questions. With partial
   * credit a score counts toward the whole number below it: 2.67 toward 2.
   */
  distribution: number[];
  /** Whether any accepted code has a score that is not a whole number. */
  partial: boolean;
  /** The class's mean score as a percentage, from the credits. */
  meanPercent: number;
  questions: QuestionStats[];
  /** Question numbers, hardest (lowest mean credit, then lowest share correct) first. */
  byDifficulty: number[];
}

function answerText(question: Question, answer: DecodedAnswer, wrongLabel: string): string {
  if (answer && typeof answer === 'object' && !Array.isArray(answer) && 'fillBlank' in answer) return wrongLabel;
  return describeAnswer(question, answer as never) ?? '';
}

/** Reads pasted codes (one per line; blank lines ignored). Bad lines are reported and left out. */
export function buildClassView(
  text: string,
  content: Content,
  options: SessionOptions,
  questions: Question[],
  labels: { wrongFillBlank: string; duplicate: string },
): ClassView {
  const lines: CodeLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const code = raw.trim();
    if (!code) return;
    const result = decodeResultCode(code, content, options, questions);
    if (!result.ok) {
      const version = result.generatorVersion === undefined ? {} : { generatorVersion: result.generatorVersion };
      return lines.push({ line: index + 1, code, status: result.reason, message: result.message, ...version });
    }
    const key = code.toUpperCase();
    if (seen.has(key)) return lines.push({ line: index + 1, code, status: 'duplicate', message: labels.duplicate });
    seen.add(key);
    lines.push({
      line: index + 1,
      code,
      status: 'ok',
      name: result.name,
      score: result.score,
      correct: result.correct,
      credit: result.credit,
      answers: result.answers,
    });
  });
  const ok = lines.filter((line) => line.status === 'ok');
  const distribution = Array.from({ length: questions.length + 1 }, () => 0);
  for (const line of ok) distribution[Math.min(questions.length, Math.floor(line.score!))]!++;
  const stats = questions.map((question, index): QuestionStats => {
    const wrong = new Map<string, number>();
    let answered = 0;
    let correct = 0;
    let partlyRight = 0;
    let credit = 0;
    for (const line of ok) {
      const answer = line.answers![index]!;
      const own = line.credit![index]!;
      credit += own;
      if (verdictOf({ correct: line.correct![index]!, credit: own }) === 'partial') partlyRight++;
      if (answer !== null) answered++;
      if (line.correct![index]) correct++;
      else if (answer !== null) {
        const text = answerText(question, answer, labels.wrongFillBlank);
        wrong.set(text, (wrong.get(text) ?? 0) + 1);
      }
    }
    return {
      number: index + 1,
      id: question.id,
      type: question.type,
      prompt: question.prompt,
      ...(question.emphasis ? { emphasis: question.emphasis } : {}),
      ...(question.promptRuns ? { promptRuns: question.promptRuns } : {}),
      answered,
      correct,
      partlyRight,
      shareCorrect: ok.length ? correct / ok.length : 0,
      meanCredit: ok.length ? credit / ok.length : 0,
      wrongAnswers: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)),
    };
  });
  const totalScore = ok.reduce((sum, line) => sum + line.score!, 0);
  return {
    lines,
    accepted: ok.length,
    total: lines.length,
    distribution,
    partial: ok.some((line) => !Number.isInteger(line.score!)),
    meanPercent: ok.length && questions.length ? Math.round((totalScore / (ok.length * questions.length)) * 100) : 0,
    questions: stats,
    byDifficulty: [...stats]
      .sort((a, b) => a.meanCredit - b.meanCredit || a.shareCorrect - b.shareCorrect || a.number - b.number)
      .map((q) => q.number),
  };
}

/** The class as CSV: one row per accepted code (score: the sum of credits), one column per question with its credit (1 right, 0 wrong, a fraction when partly right). */
export function classCsv(view: ClassView): string {
  const header = csvLine(['line', 'name', 'score', 'total', ...view.questions.map((q) => `q${q.number}`)]);
  const rows = view.lines
    .filter((line) => line.status === 'ok')
    .map((line) => csvLine([line.line, line.name ?? '', line.score!, view.questions.length, ...line.credit!]));
  return [header, ...rows].join('\r\n') + '\r\n';
}
