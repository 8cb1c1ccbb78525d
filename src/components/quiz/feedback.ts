/**
 * What the quiz says about an answer, after Check and in the review: the verdict and what a
 * partial credit was counted from, the right answer, what a wrong choice actually is, the
 * explanation, and where the lesson explains it. Pure render functions over the core's scoring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Content } from '../../core/content/schema.js';
import { verdictOf, type AnswerScore, type Verdict } from '../../core/questions/answers.js';
import type { Answer, Question } from '../../core/questions/types.js';
import { describeAnswer, describeCorrectAnswer } from '../../core/quiz/describe.js';
import type { UiStrings } from '../../i18n/strings.js';
import { restoreFocus } from '../shared/browser.js';
import { chrome, chromeLanguage, inRuns } from '../shared/render.js';
import { renderSourceLinks } from '../shared/sources.js';

/** An explainer the quiz can send a learner to (`for="explainer-id"`). */
export interface SectionLinker {
  idPrefix: string;
  showSection(sectionId: string, returnPoint?: { label: string; restore(): void }): boolean;
}

type Score = Pick<AnswerScore, 'correct' | 'credit' | 'parts'>;

/** The mark shown with each verdict (always next to words, never alone). */
const MARKS: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

function verdictText(verdict: Verdict, s: UiStrings): string {
  return verdict === 'correct' ? s.correct : verdict === 'partial' ? s.partlyRight : s.incorrect;
}

/** What a partial credit was counted from, in words ("2 of 3 pairs right"); empty when wholly right or not partial. */
function partsText(question: Question, score: Score, s: UiStrings): string {
  const { parts } = score;
  if (score.correct || !parts) return '';
  if (question.type === 'match') return s.pairsRight(parts.right, parts.total);
  // An order with no credit has one event "in order" with itself, which reads as a mistake: say nothing.
  if (question.type === 'order') return score.credit > 0 ? s.inRightOrder(parts.right, parts.total) : '';
  if (question.type === 'select-all') return s.rightChoices(parts.right, parts.total, parts.wrong ?? 0);
  return '';
}

/** The verdict line and, when partly right, what it was counted from and what it is worth. */
export function renderVerdict(question: Question, score: Score, s: UiStrings, language: string): TemplateResult {
  const verdict = verdictOf(score);
  const parts = partsText(question, score, s);
  // Interface words only: marked with the strings' language when the content has another; the
  // number in the sentence follows the sentence's language ("0.5", not "0,5", in English).
  const lang = chromeLanguage(s, language);
  const credit = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(score.credit);
  return html`<p class="verdict" lang=${lang}><span class="mark" aria-hidden="true">${MARKS[verdict]}</span> ${verdictText(verdict, s)}</p>
    ${parts ? html`<p class="parts" lang=${lang}>${parts}.${verdict === 'partial' ? ` ${s.creditLine(credit)}` : ''}</p>` : nothing}`;
}

/** What each chosen wrong option actually is, where the content knows it (whose definition it was, a distractor's note). */
function renderChoiceNotes(question: Question, answer: Answer | null | undefined, s: UiStrings, language: string) {
  if (!('optionNotes' in question) || !question.optionNotes) return nothing;
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  const wrong = chosen.filter((id) => (Array.isArray(question.answer) ? !question.answer.includes(id) : id !== question.answer));
  const notes = wrong.flatMap((id) => (question.optionNotes?.[id] ? [question.optionNotes[id]] : []));
  return notes.map((note) => html`<p class="choice-note"><strong>${chrome(s, language, s.aboutYourChoice)}:</strong> ${note}</p>`);
}

/** Where the question's answer is explained: its section, or the section's "go deeper" block, which the link opens. */
function renderSectionLink(content: Content, question: Question, questionNumber: number, s: UiStrings, linker: SectionLinker | undefined) {
  const section = content.sections.find((candidate) => candidate.id === question.sectionId);
  const block = question.deeperId ? section?.deeper?.find((candidate) => candidate.id === question.deeperId) : undefined;
  const title = section ? (block ? `${section.title}: ${block.title}` : section.title) : question.sectionId;
  const target = block ? block.id : question.sectionId;
  if (!linker) return html`<p class="section-link">${s.explainedInSection(title)}</p>`;
  return html`<p class="section-link">
    <a
      href=${`#${linker.idPrefix}${target}`}
      @click=${(event: MouseEvent) => {
        // The explainer offers the way back: a button and the browser's Back both return focus to this link.
        const link = event.currentTarget as HTMLElement;
        const back = { label: s.backToQuestion(questionNumber), restore: () => restoreFocus(link) };
        if (linker.showSection(target, back)) event.preventDefault();
      }}
      >${s.reviewSection(title)}</a
    >
  </p>`;
}

export interface ExplainOptions {
  content: Content;
  strings: UiStrings;
  linker: SectionLinker | undefined;
  /** The question's number in the quiz, for the "Back to question 3" button the explainer shows. */
  questionNumber: number;
  /** The review also repeats the learner's own answer. */
  showOwnAnswer: boolean;
}

/** Verdict, (own answer,) right answer, notes on wrong choices, explanation, section link and sources. */
export function renderExplained(question: Question, answer: Answer | null | undefined, score: Score, o: ExplainOptions): TemplateResult {
  const s = o.strings;
  const language = o.content.language;
  const ui = (text: unknown) => chrome(s, language, text);
  return html`${renderVerdict(question, score, s, language)}
    ${o.showOwnAnswer ? html`<p><strong>${ui(s.yourAnswer)}:</strong> ${describeAnswer(question, answer ?? null) ?? ui(s.noAnswer)}</p>` : nothing}
    ${score.correct ? nothing : html`<p><strong>${ui(s.correctAnswer)}:</strong> ${describeCorrectAnswer(question)}</p>`}
    ${renderChoiceNotes(question, answer, s, language)}
    <p><strong>${ui(s.explanation)}:</strong> ${inRuns(question.explanation, question.explanationRuns)}</p>
    ${renderSectionLink(o.content, question, o.questionNumber, s, o.linker)} ${renderSourceLinks(o.content, question.sourceIds, s)}`;
}
