/**
 * The class view: many result codes in, class statistics out. Computed entirely
 * from the codes and the quiz the teacher set; nothing leaves the browser.
 */
import { itemPath, locator } from '../content/item-paths.js';
import type { Content } from '../content/schema.js';
import { verdictOf } from '../questions/answers.js';
import { anchorsOf } from '../questions/generate.js';
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
  /** The teaching item the question asks about, as a JSON path in the content (`claims[3]`), for the author to fix. */
  contentPath: string;
  /** The explainer section that teaches it. */
  sectionId: string;
  /**
   * Discrimination: the correlation between the credit on this question and the score on the
   * other questions (corrected item–total, a point-biserial when the item is right or wrong).
   * Near 0: strong and weak students do alike; below 0: strong students do worse. Undefined
   * with fewer than `ITEM_ANALYSIS.minCodes` codes, or when the item or the rest has no spread.
   */
  discrimination?: number;
  /** Why `discrimination` is missing: too few codes, or the item or the rest of the quiz does not vary. */
  discriminationMissing?: 'few-codes' | 'no-spread';
  /** Mean credit of the strongest and the weakest `ITEM_ANALYSIS.groupShare` of the class, by score on the other questions (from `minGroupCodes` codes). */
  upperCredit?: number;
  lowerCredit?: number;
  /** What a teacher or author should look at (see `ITEM_ANALYSIS`). */
  flags: ItemFlag[];
}

/**
 * `nobody-misses`: every student got it wholly right (fine for a check of the basics; it separates no one);
 * `nobody-right`: no student got any of it (a wrong key, or something the lesson did not teach);
 * `strong-miss`: the strongest students averaged under half (a wrong key, a trick, or something the
 * lesson did not teach); `negative`: students who did well elsewhere clearly did worse on it.
 */
export type ItemFlag = 'nobody-misses' | 'nobody-right' | 'strong-miss' | 'negative';

/**
 * The item analysis's thresholds. Below `minCodes` a class is too small for a correlation to mean anything;
 * the groups and the two flags that rest on them wait for `minGroupCodes`. With 10–30 students a correlation
 * wanders by ±0.2–0.35 by chance, so only one at or below `negativeAtMost` is flagged.
 */
export const ITEM_ANALYSIS = { minCodes: 5, minGroupCodes: 10, groupShare: 0.27, strongMissBelow: 0.5, negativeAtMost: -0.2 } as const;

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
  // Each question's teaching item, for the author to fix: the generator knows which item a question asks about.
  const at = locator(content);
  const anchors = anchorsOf(content, options.seed);
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
      contentPath: anchors.has(question.id) ? itemPath(content, at, anchors.get(question.id)!) : '',
      sectionId: question.sectionId,
      ...analyseItem(ok, index),
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

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Pearson's correlation; undefined when either side has no spread. */
function correlation(xs: number[], ys: number[]): number | undefined {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined;
}

/**
 * The mean credit of the `size` students ranked highest by `rest` (or lowest, with `from: 'bottom'`). Students
 * tied at the cut-off share the places left, each with an equal weight, so the group never depends on the
 * order in which the codes were pasted.
 */
function groupCredit(own: number[], rest: number[], size: number, from: 'top' | 'bottom'): number {
  const sign = from === 'top' ? -1 : 1;
  const order = own.map((_, i) => i).sort((a, b) => sign * (rest[a]! - rest[b]!));
  const cut = rest[order[size - 1]!]!;
  const beyond = order.filter((i) => sign * (rest[i]! - cut) < 0);
  const tied = order.filter((i) => rest[i] === cut);
  const share = (size - beyond.length) / tied.length;
  const total = beyond.reduce((sum, i) => sum + own[i]!, 0) + tied.reduce((sum, i) => sum + own[i]! * share, 0);
  return total / size;
}

/** Discrimination, upper and lower groups and flags for question `index`, from the accepted codes. */
function analyseItem(ok: CodeLine[], index: number): Pick<QuestionStats, 'discrimination' | 'discriminationMissing' | 'upperCredit' | 'lowerCredit' | 'flags'> {
  const own = ok.map((line) => line.credit![index]!);
  // The rest of the score, so the item does not correlate with itself.
  const rest = ok.map((line, i) => line.credit!.reduce((sum, credit) => sum + credit, 0) - own[i]!);
  const flags: ItemFlag[] = [];
  if (ok.length < ITEM_ANALYSIS.minCodes) return { flags, discriminationMissing: 'few-codes' };
  if (own.every((credit) => credit === 1)) flags.push('nobody-misses');
  if (own.every((credit) => credit === 0)) flags.push('nobody-right');
  const r = correlation(own, rest);
  const result: ReturnType<typeof analyseItem> = { flags };
  if (r === undefined) result.discriminationMissing = 'no-spread';
  else {
    // + 0 turns a rounded -0 into 0, so the page and the CSV agree.
    result.discrimination = round2(r) + 0;
    if (ok.length >= ITEM_ANALYSIS.minGroupCodes && result.discrimination <= ITEM_ANALYSIS.negativeAtMost) flags.push('negative');
  }
  if (ok.length >= ITEM_ANALYSIS.minGroupCodes) {
    const size = Math.max(1, Math.round(ok.length * ITEM_ANALYSIS.groupShare));
    result.upperCredit = round2(groupCredit(own, rest, size, 'top'));
    result.lowerCredit = round2(groupCredit(own, rest, size, 'bottom'));
    if (result.upperCredit < ITEM_ANALYSIS.strongMissBelow) flags.push('strong-miss');
  }
  return result;
}

/** The item analysis as CSV, one row per question in quiz order: what an author needs to find and fix an item. */
export function itemAnalysisCsv(view: ClassView): string {
  const header = csvLine(['number', 'question_id', 'type', 'content_path', 'section', 'answered', 'share_correct', 'mean_credit', 'discrimination', 'upper_credit', 'lower_credit', 'flags', 'wrong_answers']);
  const rows = view.questions.map((q) =>
    csvLine([
      q.number,
      q.id,
      q.type,
      q.contentPath,
      q.sectionId,
      q.answered,
      round2(q.shareCorrect),
      round2(q.meanCredit),
      q.discrimination ?? '',
      q.upperCredit ?? '',
      q.lowerCredit ?? '',
      q.flags.join(' '),
      q.wrongAnswers.map((w) => `${w.answer} (${w.count})`).join('; '),
    ]),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The class as CSV: one row per accepted code (score: the sum of credits), one column per question with its credit (1 right, 0 wrong, a fraction when partly right). */
export function classCsv(view: ClassView): string {
  const header = csvLine(['line', 'name', 'score', 'total', ...view.questions.map((q) => `q${q.number}`)]);
  const rows = view.lines
    .filter((line) => line.status === 'ok')
    .map((line) => csvLine([line.line, line.name ?? '', line.score!, view.questions.length, ...line.credit!]));
  return [header, ...rows].join('\r\n') + '\r\n';
}
