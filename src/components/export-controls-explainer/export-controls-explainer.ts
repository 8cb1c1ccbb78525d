import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ContentController } from '../shared/content-source.js';
import { ContentElement } from '../shared/content-element.js';
import { Presentation } from '../shared/presentation.js';
import { QuizSettings } from '../shared/quiz-settings.js';
import { idPrefixOf, innerUpdatesComplete } from '../shared/host.js';
import { renderContentState } from '../shared/render.js';
import { baseStyles } from '../shared/styles.js';
import { loadQuizCode, loadQuizCodeWhenIdle, onQuizCode } from '../shared/quiz-code.js';
import type { EceQuiz } from '../quiz/ece-quiz.js';
import '../explainer/ece-explainer.js';

/**
 * The one tag a page needs: the explainer, then the quiz generated from the
 * same content (the bundled English content unless `src` or `content` says otherwise).
 *
 * The explainer renders first; the quiz's code follows after the first paint (see "What loads when"
 * in the README; in the script-tag file, a chunk of its own). `updateComplete` waits for the quiz too. If
 * that code cannot load, the quiz's place says so and offers to reload the page.
 *
 * @tag export-controls-explainer
 * @summary Explains export controls from a sourced content file, then quizzes the reader.
 *
 * @fires {QuizStartEvent} quiz-start - The learner starts a quiz (first answer, or "New quiz") or a retry or practice round: `{ seed, questionIds }`. A quiz only shown fires nothing.
 * @fires {QuizAnswerEvent} quiz-answer - An answer is committed: `{ id, type, answer, correct, credit, context }` (`correct`: wholly right; `credit`: 0–1, partial for match, order and select-all; `context`: `"check"` in a "Check yourself" block of the text, `"quiz"` in the quiz).
 * @fires {QuizCompleteEvent} quiz-complete - The learner finished: `{ score, total, percent, seed, durationMs, results, resultCode, xapi }`; `score` sums the credits (2 decimals), each result has `correct` and `credit`.
 *
 * @csspart explainer - The inner `ece-explainer`.
 * @csspart quiz - The inner `ece-quiz`.
 * @csspart error - The loading-error or invalid-content panel.
 * @csspart quiz-error - The panel in the quiz's place when the quiz's code could not load (with a "Reload the page" button).
 *
 * @cssprop --ece-max-width - Widest the text and the quiz grow (default 48rem).
 * @cssprop --ece-color-text - Body text colour.
 * @cssprop --ece-color-muted - Secondary text colour.
 * @cssprop --ece-color-background - Background colour.
 * @cssprop --ece-color-surface - Background of panels and cards.
 * @cssprop --ece-color-border - Borders.
 * @cssprop --ece-color-accent - Links, buttons and highlights.
 * @cssprop --ece-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --ece-color-focus - Focus ring.
 * @cssprop --ece-color-correct - Colour of "correct" marks (always with an icon and text).
 * @cssprop --ece-color-incorrect - Colour of "incorrect" marks (always with an icon and text).
 * @cssprop --ece-font-family - Font stack.
 * @cssprop --ece-font-size - Base font size.
 * @cssprop --ece-space - Base spacing unit.
 * @cssprop --ece-radius - Corner radius.
 */
@customElement('export-controls-explainer')
export class ExportControlsExplainer extends QuizSettings(Presentation(ContentElement(LitElement))) {
  static override styles = [
    baseStyles,
    css`
      :host {
        background: transparent;
      }
      ece-quiz,
      .quiz-load-failed {
        margin-top: calc(var(--_space) * 2);
        border-top: 1px solid var(--_border);
      }
      /* The quiz's place while its code loads: about its first screen's height, so the page does not jump when it arrives. */
      ece-quiz:not(:defined) {
        display: block;
        min-height: 24rem;
      }
    `,
  ];

  /** @internal */
  protected readonly contentSource = new ContentController(this);

  /**
   * "Check yourself" questions in the text: `theme` (after each theme, the default), `section`
   * (after each section) or `off`. They are drawn from `seed`, and the quiz avoids their facts.
   */
  @property() checks: 'theme' | 'section' | 'off' = 'theme';

  /** Whether the quiz's code is here, on its way, or failed to arrive (then a panel says so). */
  @state() private quizCode: 'waiting' | 'loaded' | 'failed' = 'waiting';

  private quizLoad?: Promise<void>;
  private nearQuiz?: IntersectionObserver;
  private observedQuiz?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    // The code may arrive without this element asking (another element asked, or after a timeout).
    onQuizCode(this.quizCodeArrived);
  }

  /** One function per element, so connecting again does not add another callback. */
  private readonly quizCodeArrived = () => (this.quizCode = 'loaded');

  /** Loads the quiz's code now (once). */
  private loadQuiz(): Promise<void> {
    this.quizLoad ??= loadQuizCode().then(
      () => {
        this.quizCode = 'loaded';
        this.stopWatching();
      },
      () => {
        // A quiz defined some other way (a page that also imports the npm entry) still works.
        this.quizCode = customElements.get('ece-quiz') ? 'loaded' : 'failed';
        this.stopWatching();
      },
    );
    return this.quizLoad;
  }

  private stopWatching() {
    this.nearQuiz?.disconnect();
    this.nearQuiz = undefined;
    this.observedQuiz = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.quizCode !== 'waiting') return;
    const quiz = this.renderRoot.querySelector('ece-quiz');
    if (!quiz || quiz === this.observedQuiz) return;
    // Whichever comes first: the page is idle, or the quiz is on screen (a short lesson, or a reader
    // who got there first). On screen, not near it: the explainer renders in blocks, so at first the
    // quiz sits just below its first blocks.
    // (A failed load is this element's to show: loadQuiz records it.)
    if (!this.quizLoad) void loadQuizCodeWhenIdle().catch(() => undefined).then(() => this.loadQuiz());
    if ('IntersectionObserver' in window) {
      this.nearQuiz?.disconnect();
      this.nearQuiz = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && void this.loadQuiz());
      this.nearQuiz.observe(quiz);
      this.observedQuiz = quiz;
    }
  }

  /** Resolves once the explainer (which renders progressively) and the quiz inside are rendered too (loading the quiz's code now if it is not here yet). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Taken out of the page, it does not start a download to wait for.
    if (this.isConnected && this.contentSource.state.status === 'ready' && this.quizCode === 'waiting') {
      await this.loadQuiz();
      complete = await super.getUpdateComplete();
    }
    return (await innerUpdatesComplete(this.renderRoot, 'ece-explainer, ece-quiz')) && complete;
  }

  /**
   * The contents' or the skip link's "go to the quiz": once its code is here, the quiz scrolls into
   * view and takes focus; if it could not load, the panel that says so does.
   */
  private async showQuiz() {
    if (this.quizCode === 'waiting') await this.loadQuiz();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<EceQuiz | HTMLElement>(this.quizCode === 'loaded' ? 'ece-quiz' : '.quiz-load-failed');
    if (target && 'showQuiz' in target) target.showQuiz();
    else target?.focus();
  }

  /**
   * What takes the quiz's place when its code could not load. It goes into a status region that is
   * on the page from the first render: a screen reader announces a live region whose text changes,
   * not one that arrives already filled. A status, not an alert: the reader did not ask for the quiz
   * when the load failed at idle time. Browsers keep a failed module load for the page's life (the
   * quiz's chunk would fail again at once): a reload, which the browser serves from its cache where
   * it can, is the way to try again.
   */
  private renderQuizLoadFailed() {
    return html`<div class="error-panel quiz-load-failed" part="quiz-error" tabindex="-1">
      <p>${this.strings.quizLoadFailed}</p>
      <button class="button" @click=${() => location.reload()}>${this.strings.reloadPage}</button>
    </div>`;
  }

  override render() {
    const state = this.contentSource.state;
    if (state.status !== 'ready') return renderContentState(state, this.strings, () => this.contentSource.retry());
    const content = state.content;
    return html`<ece-explainer
        id="explainer"
        part="explainer"
        .content=${content}
        .linkPrefix=${idPrefixOf(this)}
        .hasQuiz=${true}
        checks=${this.checks}
        seed=${this.seed ?? nothing}
        @ece-show-quiz=${() => void this.showQuiz()}
        heading-level=${this.headingLevel}
        color-scheme=${this.colorScheme ?? nothing}
        lang=${this.lang || nothing}
      ></ece-explainer>
      ${this.quizCode === 'failed'
        ? nothing
        : html`<ece-quiz
        part="quiz"
        for="explainer"
        .content=${content}
        seed=${this.seed ?? nothing}
        questions=${this.questionCount}
        mode=${this.mode}
        types=${this.types ?? nothing}
        themes=${this.themes ?? nothing}
        scope=${this.scope ?? nothing}
        checks=${this.checks}
        heading-level=${this.headingLevel}
        color-scheme=${this.colorScheme ?? nothing}
        lang=${this.lang || nothing}
      ></ece-quiz>`}
      <div class="quiz-load-status" role="status">${this.quizCode === 'failed' ? this.renderQuizLoadFailed() : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'export-controls-explainer': ExportControlsExplainer;
  }
}
