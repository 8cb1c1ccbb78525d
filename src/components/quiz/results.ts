/**
 * The results screen's parts that need nothing from the element: the score and its table by
 * theme, the review of every question, the result-code panel, and the files a learner downloads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Content } from '../../core/content/schema.js';
import { verdictOf } from '../../core/questions/answers.js';
import type { Question } from '../../core/questions/types.js';
import { resultCsv, resultExport } from '../../core/quiz/export.js';
import type { SessionState, scoreSession } from '../../core/quiz/session.js';
import type { UiStrings } from '../../i18n/strings.js';
import { chrome, chromeLanguage, clampLevel, heading, questionPrompt } from '../shared/render.js';
import { renderExplained, type SectionLinker } from './feedback.js';

type Results = ReturnType<typeof scoreSession>;

/** The score in points and percent, how many were partly right, and the score by theme. */
export function renderScoreSummary(content: Content, results: Results, s: UiStrings, level: number): TemplateResult {
  // Interface words only are marked with the strings' language when the content has another, and the
  // score sentence's numbers follow it (English words around French content: "62%").
  const lang = chromeLanguage(s, content.language);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(results.percent / 100);
  const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const themeTitle = (id: string) => content.themes.find((theme) => theme.id === id)?.title ?? id;
  const partlyRight = results.results.filter((result) => verdictOf(result) === 'partial').length;
  return html`${heading(level, chrome(s, content.language, s.results), { className: 'results-heading' })}
    <p class="score" lang=${lang}>${s.scoreLine(points.format(results.score), results.total, percent, !Number.isInteger(results.score))}</p>
    ${partlyRight ? html`<p class="partly-right" lang=${lang}>${s.partlyRightLine(partlyRight)}</p>` : nothing}
    <table class="by-theme">
      <caption lang=${lang}>
        ${s.byTheme}
      </caption>
      <thead lang=${lang}>
        <tr>
          <th scope="col">${s.theme}</th>
          <th scope="col">${s.score}</th>
        </tr>
      </thead>
      <tbody>
        ${results.byTheme.map(
          (row) => html`<tr>
            <th scope="row">${themeTitle(row.theme)}</th>
            <td>${points.format(row.score)} / ${row.total}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** Every question again, with the learner's answer, the right one, the explanation and where to read about it. */
export function renderReview(content: Content, questions: Question[], results: Results, s: UiStrings, linker: SectionLinker | undefined): TemplateResult {
  return html`<ol class="review">
    ${questions.map((question, index) => {
      const result = results.results[index]!;
      return html`<li class="review-item is-${verdictOf(result)}">
        <p class="review-prompt">${questionPrompt(question)}</p>
        ${renderExplained(question, result.answer, result, { content, strings: s, linker, questionNumber: index + 1, showOwnAnswer: true })}
      </li>`;
    })}
  </ol>`;
}

export interface ResultCodePanel {
  code: string;
  learnerName: string;
  copyStatus: string;
  onName(name: string): void;
  onCopy(): void;
  onDownload(format: 'json' | 'csv'): void;
}

/** The result code a learner hands in, with an optional name, copy and download. */
export function renderResultCodePanel(p: ResultCodePanel, s: UiStrings, lang: string): TemplateResult {
  return html`<div class="result-code-panel panel" lang=${lang}>
    <p class="result-code-title"><strong>${s.resultCode}</strong></p>
    <p class="help">${s.resultCodeHelp}</p>
    <label class="name-label" for="learner-name">${s.nameLabel}</label>
    <input
      id="learner-name"
      type="text"
      maxlength="40"
      autocomplete="nickname"
      .value=${p.learnerName}
      @input=${(event: Event) => p.onName((event.target as HTMLInputElement).value)}
    />
    <p><code class="result-code" aria-label=${s.resultCode}>${p.code}</code></p>
    <div class="actions">
      <button class="button" @click=${p.onCopy}>${s.copyCode}</button>
      <button class="button" @click=${() => p.onDownload('json')}>${s.downloadJson}</button>
      <button class="button" @click=${() => p.onDownload('csv')}>${s.downloadCsv}</button>
    </div>
    <p class="copy-status" role="status">${p.copyStatus}</p>
  </div>`;
}

/** The results file a learner downloads: its name (content, seed and name, if given), body and type. */
export function resultFile(
  content: Content,
  session: SessionState,
  questions: Question[],
  results: Results,
  code: string,
  learnerName: string,
  format: 'json' | 'csv',
): { name: string; body: string; type: 'application/json' | 'text/csv' } {
  const learner = learnerName.trim();
  const data = resultExport(content.id, content.version, session.options, questions, session.answers, results, code, learner);
  const suffix = learner ? `-${learner.replace(/[^\p{L}\p{N}]+/gu, '-')}` : '';
  return {
    name: `quiz-${content.id}-${session.options.seed}${suffix}.${format}`,
    body: format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : resultCsv(data),
    type: format === 'json' ? 'application/json' : 'text/csv',
  };
}

/**
 * After the score: retry what was missed (or say all was right), and "New quiz", which asks first
 * because a new quiz replaces this result; the confirmation offers Start and Cancel.
 */
export function renderResultActions(
  s: UiStrings,
  { missed, confirmNew }: { missed: boolean; confirmNew: boolean },
  on: { retry(): void; ask(asking: boolean): void; startNew(): void },
  lang: string,
): TemplateResult {
  return html`<div class="actions" lang=${lang}>
      ${missed ? html`<button class="button primary" @click=${() => on.retry()}>${s.retryMissed}</button>` : html`<p>${s.allCorrect}</p>`}
      ${confirmNew ? nothing : html`<button class="button new-quiz" @click=${() => on.ask(true)}>${s.newQuiz}</button>`}
    </div>
    ${confirmNew
      ? html`<div class="confirm-new panel" lang=${lang}>
          <p id="confirm-new-text">${s.newQuizWarning}</p>
          <div class="actions">
            <button class="button primary confirm-new-quiz" aria-describedby="confirm-new-text" @click=${() => on.startNew()}>${s.startNewQuiz}</button>
            <button class="button" @click=${() => on.ask(false)}>${s.cancel}</button>
          </div>
        </div>`
      : nothing}`;
}

/** Everything the results screen shows and the element's handlers it calls. */
export interface ResultsScreen {
  content: Content;
  session: SessionState;
  questions: Question[];
  results: Results;
  code: string;
  strings: UiStrings;
  headingLevel: number;
  linker: SectionLinker | undefined;
  panel: Omit<ResultCodePanel, 'code'>;
  confirmNew: boolean;
  on: { retry(): void; ask(asking: boolean): void; startNew(): void };
  /** Spaced practice of earlier-missed questions, shown under the actions. */
  practice: TemplateResult | typeof nothing;
}

/** The results screen: score, seed, result code, retry and new quiz, and the review of every question. */
export function renderResultsScreen(r: ResultsScreen): TemplateResult {
  const s = r.strings;
  const level = clampLevel(r.headingLevel);
  const lang = chromeLanguage(s, r.content.language);
  const missed = r.results.results.some((result) => !result.correct);
  return html`<div class="results" part="results">
    ${renderScoreSummary(r.content, r.results, s, level + 1)}
    <p class="seed" lang=${lang}>${s.seedLine(r.session.options.seed)}</p>
    ${renderResultCodePanel({ ...r.panel, code: r.code }, s, lang)}
    ${renderResultActions(s, { missed, confirmNew: r.confirmNew }, r.on, lang)} ${r.practice}
    ${heading(level + 2, chrome(s, r.content.language, s.review))} ${renderReview(r.content, r.questions, r.results, s, r.linker)}
  </div>`;
}
