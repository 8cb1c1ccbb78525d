import { LitElement, type PropertyValues, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { generateQuiz } from '../../core/questions/generate.js';
import { checkFacts, planChecks, resolveChecks } from '../../core/questions/checks.js';
import type { Content } from '../../core/content/schema.js';
import type { Question, QuizScope } from '../../core/questions/types.js';
import { describeCorrectAnswer } from '../../core/quiz/describe.js';
import { parseThemes, parseTypes } from '../../core/quiz/session.js';
import { teacherStringsFor } from '../../i18n/teacher.js';
import { ContentController } from '../shared/content-source.js';
import { ContentElement } from '../shared/content-element.js';
import { inRuns, questionPrompt, renderContentState } from '../shared/render.js';
import { renderSourceLinks, sourceLinkStyles } from '../shared/sources.js';
import { baseStyles } from '../shared/styles.js';

/**
 * A printable worksheet, or its answer key, for the same quiz a seed builds on
 * screen: questions with space to answer, no interactive controls.
 *
 * @tag ece-worksheet
 * @summary Paper version of a seeded quiz, with an optional answer key.
 * @csspart base - The worksheet.
 */
@customElement('ece-worksheet')
export class EceWorksheet extends ContentElement(LitElement) {
  static override styles = [
    baseStyles,
    sourceLinkStyles,
    css`
      :host {
        max-width: 48rem;
        margin: 0 auto;
        padding: var(--_space);
      }
      h1 {
        font-size: 1.5rem;
        margin: 0 0 0.25rem;
      }
      .meta {
        color: var(--_muted);
        margin: 0 0 1rem;
      }
      .fields {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
        margin: 1rem 0;
      }
      .field {
        flex: 1 1 12rem;
        border-bottom: 1px solid var(--_text);
        padding-bottom: 0.25rem;
      }
      ol.questions {
        padding-left: 1.75rem;
      }
      ul.check-questions {
        list-style: square;
        padding-left: 1.75rem;
      }
      .question {
        margin: 0 0 1.25rem;
        break-inside: avoid;
      }
      @media print {
        .question:focus {
          outline: none;
        }
      }
      .prompt {
        font-weight: 600;
        margin: 0 0 0.5rem;
      }
      .hint {
        font-style: italic;
        color: var(--_muted);
        margin: 0 0 0.25rem;
      }
      ul.options {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      ul.options li {
        margin: 0.25rem 0;
      }
      .box {
        display: inline-block;
        min-width: 1.5em;
        font-family: ui-monospace, monospace;
      }
      .write-line {
        border-bottom: 1px solid var(--_text);
        min-height: 2rem;
        margin: 0.5rem 0 0;
        color: var(--_muted);
      }
      .match {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5rem 1.5rem;
      }
      .match ol {
        margin: 0;
        padding-left: 1.5rem;
      }
      .key {
        margin: 0.25rem 0;
      }
      @media print {
        :host {
          max-width: none;
          padding: 0;
          font-size: 11pt;
          color: #000;
          background: #fff;
        }
      }
    `,
  ];

  /** @internal */
  protected readonly contentSource = new ContentController(this, { questions: true });


  /** The quiz code: the same seed as on screen gives the same questions. */
  @property() seed = '';
  /** How many questions (default 10). */
  @property({ type: Number, attribute: 'questions' }) questionCount = 10;
  /** Comma-separated question type ids. */
  @property() types?: string;
  /** Comma-separated theme ids. */
  @property() themes?: string;
  /** `core`: only what the core lesson teaches (default `all`). */
  @property() scope?: QuizScope;
  /**
   * The "Check yourself" questions the students met in the text: `theme` (the default, as on the
   * student page), `section` or `off`. The worksheet prints them before the quiz, which leaves out their facts.
   */
  @property() checks?: 'theme' | 'section' | 'off';
  /** Shows the answers, explanations and sources instead of answer space. */
  @property({ type: Boolean, attribute: 'answer-key' }) answerKey = false;

  /** Whether the page's `#q-N` link (from the teacher's item analysis) has been followed. */
  private followedQuestionLink = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.followedQuestionLink || !/^#q-\d+$/.test(window.location.hash)) return;
    // The link names a question inside the shadow root, where the browser's own fragment scroll cannot reach.
    const target = this.renderRoot.querySelector<HTMLElement>(window.location.hash);
    if (!target) return;
    this.followedQuestionLink = true;
    target.tabIndex = -1;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }

  private renderAnswerSpace(question: Question, t: ReturnType<typeof teacherStringsFor>) {
    const letter = (index: number) => String.fromCharCode(65 + index);
    switch (question.type) {
      case 'fill-blank':
        return html`<p class="write-line">${t.answerLine}:</p>`;
      case 'order':
        return html`<p class="hint">${t.orderHint}</p>
          <ul class="options">
            ${question.options.map((option) => html`<li><span class="box">[  ]</span> ${option.text}</li>`)}
          </ul>`;
      case 'match':
        return html`<p class="hint">${t.matchHint}</p>
          <div class="match">
            <ol>
              ${question.items.map((item) => html`<li>${item.text} <span class="box">___</span></li>`)}
            </ol>
            <ul class="options">
              ${question.options.map((option, index) => html`<li><strong>${letter(index)}.</strong> ${option.text}</li>`)}
            </ul>
          </div>`;
      default:
        return html`${question.type === 'select-all' ? html`<p class="hint">${t.selectAllHint}</p>` : nothing}
          <ul class="options">
            ${question.options.map((option, index) => html`<li><span class="box">☐</span> ${letter(index)}. <span lang=${option.lang ?? nothing}>${option.text}</span></li>`)}
          </ul>`;
    }
  }

  /** A question with answer space, or on the answer key with its answer, why, and sources. */
  private renderItem(content: Content, question: Question, t: ReturnType<typeof teacherStringsFor>) {
    return html`<p class="prompt">${questionPrompt(question)}</p>
      ${this.answerKey
        ? html`<p class="key"><strong>${t.answer}:</strong> ${describeCorrectAnswer(question)}</p>
            <p class="key"><strong>${t.why}:</strong> ${inRuns(question.explanation, question.explanationRuns)}</p>
            ${renderSourceLinks(content, question.sourceIds, this.strings)}`
        : this.renderAnswerSpace(question, t)}`;
  }

  override render() {
    const state = this.contentSource.state;
    if (state.status !== 'ready') return renderContentState(state, this.strings, () => this.contentSource.retry());
    const content = state.content;
    const t = teacherStringsFor(content.language);
    const seed = this.seed || 'class';
    // The checks as the student page draws them: from its seed, or the default seed on a page without one.
    const setting = resolveChecks(this.checks, this.seed, 'theme');
    const per = setting?.per ?? 'off';
    const checks = setting ? planChecks(content, setting) : [];
    const quiz = generateQuiz(content, {
      seed,
      count: Number.isFinite(this.questionCount) && this.questionCount > 0 ? Math.floor(this.questionCount) : 10,
      types: parseTypes(this.types),
      themes: parseThemes(this.themes, content),
      scope: this.scope === 'core' ? 'core' : 'all',
      avoidFacts: checkFacts(checks),
    });
    const where = (after: string) =>
      per === 'theme' ? content.themes.find((theme) => theme.id === after)?.title : content.sections.find((section) => section.id === after)?.title;
    return html`<article part="base" lang=${content.language}>
      <h1>${content.title} — ${this.answerKey ? t.answerKey : t.worksheet}</h1>
      <p class="meta">${t.quizCode(seed)} · ${content.id} ${content.version}</p>
      ${this.answerKey
        ? nothing
        : html`<div class="fields">
              <div class="field">${t.nameLine}:</div>
              <div class="field">${t.dateLine}:</div>
            </div>
            <p>${t.worksheetIntro}</p>`}
      ${checks.length
        ? html`<section class="checks" aria-labelledby="checks-title">
              <h2 id="checks-title">${t.worksheetChecks}</h2>
              <p>${t.worksheetChecksIntro}</p>
              ${checks.map(
                (block) => html`<h3>${where(block.after)}</h3>
                  <ul class="questions check-questions">
                    ${block.questions.map((question) => html`<li class="question">${this.renderItem(content, question, t)}</li>`)}
                  </ul>`,
              )}
            </section>
            <h2>${t.worksheetQuiz}</h2>`
        : nothing}
      <ol class="questions">
        ${quiz.questions.map((question, index) => html`<li class="question" id=${`q-${index + 1}`}>${this.renderItem(content, question, t)}</li>`)}
      </ol>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-worksheet': EceWorksheet;
  }
}
