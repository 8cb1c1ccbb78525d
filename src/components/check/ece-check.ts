import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Content } from '../../core/content/schema.js';
import { isAnswered, scoreAnswer, verdictOf } from '../../core/questions/answers.js';
import type { Answer, Question } from '../../core/questions/types.js';
import { en, type UiStrings } from '../../i18n/strings.js';
import { baseStyles } from '../shared/styles.js';
import { chrome, heading } from '../shared/render.js';
import { sourceLinkStyles } from '../shared/sources.js';
import { renderControl } from '../quiz/controls.js';
import { QuizAnswerEvent } from '../quiz/events.js';
import { renderExplained, type SectionLinker } from '../quiz/feedback.js';
import { quizStyles } from '../quiz/quiz.styles.js';

/**
 * "Check yourself": one or two questions answered in place, inside the explainer after a theme or
 * a section, with practice-mode feedback and a link back to the paragraph that teaches the answer.
 * Nothing is scored or stored; each answer fires `quiz-answer` with `context: "check"`.
 *
 * @tag ece-check
 * @summary Short practice questions inside the explainer.
 * @csspart base - The check's wrapper.
 * @csspart feedback - Feedback after Check.
 * @fires {QuizAnswerEvent} quiz-answer - A check's answer: `{ id, type, answer, correct, credit, context: "check" }`.
 */
@customElement('ece-check')
export class EceCheck extends LitElement {
  static override styles = [
    baseStyles,
    sourceLinkStyles,
    quizStyles,
    css`
      :host {
        display: block;
        background: transparent;
      }
      .check {
        margin: calc(var(--_space) * 1.5) 0;
        padding: 0 var(--_space) var(--_space);
        border: 1px solid var(--_border);
        border-left: 4px solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .check > :first-child {
        margin-top: 0.75em;
      }
      .intro {
        color: var(--_muted);
        margin-top: 0;
      }
      .check-question + .check-question {
        margin-top: calc(var(--_space) * 1.25);
        padding-top: var(--_space);
        border-top: 1px solid var(--_border);
      }
      @media print {
        .check {
          break-inside: avoid;
          background: none;
        }
        .actions,
        .required {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) content?: Content;
  @property({ attribute: false }) questions: Question[] = [];
  @property({ attribute: false }) strings: UiStrings = en;
  /** Where the "Review …" links lead: the explainer around the check. */
  @property({ attribute: false }) linker?: SectionLinker;
  /** The title of the theme or section the check follows: read after the heading, so each check's heading is told apart. */
  @property({ attribute: false }) follows = '';
  /** Unique among the checks of a page: names the radio groups and the heading. */
  @property({ attribute: 'check-id' }) checkId = 'check';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;
  /** Set by the explainer around it, so a page's forced light or dark scheme reaches the check too. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  @state() private answers: Record<string, Answer> = {};
  @state() private checked = new Set<string>();
  @state() private required?: string;
  private pendingFocus?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Other questions (another seed or content): nothing answered carries over.
    if (changed.has('questions') && changed.get('questions') !== undefined) {
      const ids = this.questions.map((q) => q.id).join();
      if ((changed.get('questions') as Question[]).map((q) => q.id).join() !== ids) {
        this.answers = {};
        this.checked = new Set();
        this.required = undefined;
      }
    }
  }

  protected override updated(): void {
    const target = this.pendingFocus;
    this.pendingFocus = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private answerFor(question: Question): Answer | undefined {
    return this.answers[question.id] ?? (question.type === 'order' ? question.options.map((o) => o.id) : undefined);
  }

  private check(question: Question, index: number) {
    const answer = this.answerFor(question);
    if (!isAnswered(question, answer)) {
      this.required = question.id;
      return;
    }
    this.required = undefined;
    this.checked = new Set(this.checked).add(question.id);
    const { correct, credit } = scoreAnswer(question, answer);
    this.dispatchEvent(new QuizAnswerEvent({ id: question.id, type: question.type, answer: answer!, correct, credit, context: 'check' }));
    this.pendingFocus = `[data-feedback="${index}"]`;
  }

  /** The explainer's links, with a way back that names the check rather than a quiz question. */
  private linkerFor(): SectionLinker | undefined {
    const linker = this.linker;
    if (!linker) return undefined;
    const label = this.strings.backToCheck;
    return { idPrefix: linker.idPrefix, showSection: (id, back) => linker.showSection(id, back && { ...back, label }) };
  }

  override render() {
    const content = this.content;
    if (!content || this.questions.length === 0) return nothing;
    const s = this.strings;
    const ui = (text: unknown) => chrome(s, content.language, text);
    const headingId = `${this.checkId}-heading`;
    const total = this.questions.length;
    // A group, not a region: a landmark per check would crowd the page's landmarks with one name.
    return html`<div class="check" role="group" part="base" aria-labelledby=${headingId}>
      ${heading(this.headingLevel, html`${ui(s.checkYourself)}${this.follows ? html`<span class="visually-hidden">: ${this.follows}</span>` : nothing}`, { id: headingId })}
      <p class="intro">${ui(s.checksIntro(total))}</p>
      ${this.questions.map((question, index) => {
        const checked = this.checked.has(question.id);
        const answer = this.answerFor(question);
        const score = scoreAnswer(question, answer);
        const progress = total > 1 ? ui(s.promptPrefix(index + 1, total)) : '';
        return html`<div class="check-question question" data-type=${question.type}>
          ${keyed(
            question.id,
            renderControl(question, {
              strings: s,
              name: `${this.checkId}-${question.id}`,
              locked: checked,
              progress,
              answer,
              onAnswer: (next) => {
                this.answers = { ...this.answers, [question.id]: next };
                if (this.required === question.id) this.required = undefined;
              },
              onMoved: (_announcement, focusSelector) => (this.pendingFocus = `.check-question:nth-of-type(${index + 1}) ${focusSelector}`),
              onSubmit: () => this.check(question, index),
            }),
          )}
          ${this.required === question.id ? html`<p class="required" role="alert">${ui(s.answerRequired)}</p>` : nothing}
          ${checked
            ? html`<div class="feedback is-${verdictOf(score)}" part="feedback" data-feedback=${index} tabindex="-1">
                ${renderExplained(question, answer, score, { content, strings: s, linker: this.linkerFor(), questionNumber: index + 1, showOwnAnswer: false })}
              </div>`
            : html`<div class="actions"><button class="button primary" @click=${() => this.check(question, index)}>${ui(s.check)}</button></div>`}
        </div>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-check': EceCheck;
  }
}
