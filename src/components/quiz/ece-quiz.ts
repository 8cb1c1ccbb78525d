import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
// Each question gets its own controls: a <select> or input reused from the previous question keeps what was chosen there.
import { keyed } from 'lit/directives/keyed.js';
import type { Content } from '../../core/content/schema.js';
import { scoreAnswer, verdictOf } from '../../core/questions/answers.js';
import type { Answer, Question } from '../../core/questions/types.js';
import { answeredCount, parseThemes, parseTypes, scoreSession, type SessionOptions, type SessionState } from '../../core/quiz/session.js';
import { ContentController } from '../shared/content-source.js';
import { ContentElement } from '../shared/content-element.js';
import { Presentation } from '../shared/presentation.js';
import { QuizSettings } from '../shared/quiz-settings.js';
import { resolveChecks, type ChecksSetting } from '../../core/questions/checks-setting.js';
import { chrome, chromeLanguage, clampLevel, heading, renderContentState } from '../shared/render.js';
import { copyText, downloadText } from '../shared/browser.js';
import { sourceLinkStyles } from '../shared/sources.js';
import { baseStyles } from '../shared/styles.js';
import { encodeResultCode } from '../../core/quiz/result-code.js';
import { quizStyles } from './quiz.styles.js';
import { renderControl, type ControlContext } from './controls.js';
import { QuizSessionController } from './session-controller.js';
import { renderExplained, type SectionLinker } from './feedback.js';
import { renderPractice } from './practice-view.js';
import { renderResultsScreen, resultFile } from './results.js';
import { renderProgress, renderQuestionActions } from './question-view.js';
import { instanceKey } from '../shared/host.js';


/**
 * A quiz generated from the content: ten question types, practice and test
 * modes, results with a review, and progress saved as the learner goes.
 *
 * @tag ece-quiz
 * @summary A seeded, accessible quiz generated from a content file.
 *
 * @fires {QuizStartEvent} quiz-start - The learner starts a quiz (first answer, or "New quiz") or a retry or practice round: `{ seed, questionIds }`. A quiz only shown fires nothing.
 * @fires {QuizAnswerEvent} quiz-answer - An answer is committed: `{ id, type, answer, correct, credit, context: "quiz" }` (`correct`: wholly right; `credit`: 0–1, partial for match, order and select-all).
 * @fires {QuizCompleteEvent} quiz-complete - The learner finished: `{ score, total, percent, seed, durationMs, results, resultCode, xapi }`; `score` sums the credits (2 decimals), each result has `correct` and `credit`.
 *
 * @csspart base - The quiz wrapper.
 * @csspart progress - The progress line and bar.
 * @csspart question - The current question.
 * @csspart feedback - Feedback after Check.
 * @csspart results - The results screen.
 * @csspart error - The loading-error or invalid-content panel.
 *
 * @cssprop --ece-color-correct - Colour of "correct" marks (always with an icon and text).
 * @cssprop --ece-color-incorrect - Colour of "incorrect" marks (always with an icon and text).
 */
@customElement('ece-quiz')
export class EceQuiz extends QuizSettings(Presentation(ContentElement(LitElement))) {
  static override styles = [baseStyles, sourceLinkStyles, quizStyles];

  /** @internal */
  protected readonly contentSource = new ContentController(this, { questions: true });
  private readonly quiz = new QuizSessionController(this, () => instanceKey(this));
  private configKey = '';
  private pendingFocus?: string;

  private get session(): SessionState | undefined {
    return this.quiz.session;
  }
  private get quizQuestions(): Question[] {
    return this.quiz.questions;
  }
  @state() private announcement = '';
  /** "New quiz" was pressed on the results: it erases them, so it asks first. */
  @state() private confirmNew = false;
  @state() private confirmFinish = false;
  @state() private showRequired = false;
  @state() private learnerName = '';
  @state() private copyStatus = '';


  /** The id of an `<ece-explainer>` on the page that feedback links back to. */
  @property() for?: string;

  /**
   * The "Check yourself" blocks the reader met in the text (`theme`, `section`; default `off`): the
   * quiz then avoids the facts they asked about. With `for`, the explainer named there says which
   * checks it shows, and this attribute is not needed.
   */
  @property() checks?: 'theme' | 'section' | 'off';

  /** The page's seed the checks were drawn from, kept when "New quiz" replaces `seed` (the checks on the page stay). */
  private checksSeed?: string;
  /** The seed "New quiz" set; any other change of `seed` comes from the page, which then names the checks' seed again. */
  private seedFromNewQuiz?: string;

  /** The checks the reader met: the linked explainer's, else this element's `checks` drawn from the page's seed. */
  private get checksSetting(): ChecksSetting | undefined {
    const explainer = this.linkedElement;
    if (explainer && 'checksSetting' in explainer) return (explainer as { checksSetting?: ChecksSetting }).checksSetting;
    return resolveChecks(this.checks, this.checksSeed ?? this.seed, 'off');
  }

  /** The seed in use (from the attribute, or chosen and saved). */
  get activeSeed(): string | undefined {
    return this.session?.options.seed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('seed') && this.seed !== this.seedFromNewQuiz) this.checksSeed = undefined;
    const content = this.loadedContent;
    if (!content) return;
    const options = this.optionsFor(content);
    const key = this.configKeyFor(content, options);
    if (key !== this.configKey) {
      this.configKey = key;
      this.resetPrompts();
      this.quiz.begin(content, options);
    }
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
    // Firefox does not focus a <legend> (a choice question's prompt), and focus would fall to the
    // page: its fieldset, named by that legend, takes it instead.
    if (target?.localName === 'legend' && (this.renderRoot as ShadowRoot).activeElement !== target) {
      const group = target.closest('fieldset');
      if (group) {
        group.tabIndex = -1;
        group.focus();
      }
    }
  }

  private get loadedContent(): Content | undefined {
    return this.contentSource.state.status === 'ready' ? this.contentSource.state.content : undefined;
  }

  private get instance(): string {
    return instanceKey(this);
  }

  private optionsFor(content: Content, seed?: string): SessionOptions {
    return {
      seed: seed ?? this.seed ?? this.quiz.savedSeed(content) ?? '',
      count: Number.isFinite(this.questionCount) && this.questionCount >= 1 ? Math.floor(this.questionCount) : 10,
      mode: this.mode === 'test' ? 'test' : 'practice',
      types: parseTypes(this.types),
      themes: parseThemes(this.themes, content),
      ...(this.scope === 'core' ? { scope: 'core' as const } : {}),
      ...(this.checksSetting ? { checks: this.checksSetting } : {}),
    };
  }

  /** What decides which quiz is shown; the language is part of it, so switching rebuilds the text and keeps the answers. */
  private configKeyFor(content: Content, options: SessionOptions): string {
    return JSON.stringify([content.id, content.version, content.language, options.count, options.mode, options.types, options.themes, options.scope ?? 'all', this.seed ?? '', options.checks?.per ?? 'off', options.checks?.seed ?? '']);
  }

  /** A quiz shown afresh: no leftover warnings or confirmations from the one before. */
  private resetPrompts() {
    this.confirmFinish = false;
    this.confirmNew = false;
    this.showRequired = false;
  }

  private answer(question: Question, answer: Answer) {
    this.showRequired = false;
    this.confirmFinish = false;
    this.quiz.answer(question, answer);
  }

  private check() {
    if (!this.quiz.check()) {
      // Announced by its role=alert; focus stays on Check, so the message is heard once.
      this.showRequired = true;
      return;
    }
    // One channel per message: focus moves to the feedback, which is read from there; the live
    // region stays quiet (it is for what focus does not carry, such as an item moved in an order).
    this.announcement = '';
    this.pendingFocus = '.feedback';
  }

  private go(position: number) {
    this.showRequired = false;
    this.confirmFinish = false;
    this.quiz.go(position);
    this.announcement = '';
    this.pendingFocus = '.question-prompt';
  }

  private finish() {
    const session = this.session;
    const content = this.loadedContent;
    if (!session || !content) return;
    const unanswered = this.quizQuestions.length - answeredCount(session, this.quizQuestions);
    if (session.options.mode === 'test' && unanswered > 0 && !this.confirmFinish) {
      // Announced by its role=alert; focus stays on Finish, which confirms.
      this.confirmFinish = true;
      return;
    }
    this.quiz.finish(content);
    this.confirmFinish = false;
    this.announcement = '';
    this.pendingFocus = '.results-heading';
  }

  /** The practice panel: `whenDue` above a quiz not yet begun, fully under the results. */
  private renderPracticePanel(content: Content, whenDue = false) {
    const lang = chromeLanguage(this.strings, content.language);
    return renderPractice(this.strings, this.quiz.practiceDue(content), { practise: () => this.practise(), forget: () => this.forgetPractice() }, lang, whenDue);
  }

  private practise() {
    const content = this.loadedContent;
    if (!content || !this.quiz.practise(content)) return;
    this.resetPrompts();
    this.announcement = '';
    this.pendingFocus = '.question-prompt';
  }

  private forgetPractice() {
    const content = this.loadedContent;
    if (!content) return;
    this.quiz.forgetPractice(content);
    this.announcement = this.strings.progressForgotten;
    // The panel leaves the page: focus goes to the quiz's heading rather than nowhere.
    this.pendingFocus = '#quiz-title';
  }

  private retry() {
    const content = this.loadedContent;
    if (!content) return;
    this.quiz.retry(content);
    this.announcement = '';
    this.pendingFocus = '.question-prompt';
  }

  /** Scrolls the quiz into view and moves focus to its heading (the explainer's "Skip to the quiz" uses it). */
  showQuiz() {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    this.renderRoot.querySelector<HTMLElement>('#quiz-title')?.focus({ preventScroll: true });
  }

  /** Starts over with a new random seed (the `seed` attribute, if any, is replaced). */
  newQuiz() {
    const content = this.loadedContent;
    if (!content) return;
    this.resetPrompts();
    this.quiz.restart(content, (seed) => {
      if (this.seed !== undefined) {
        // The checks on the page were drawn from the page's seed: the new quiz still avoids those.
        this.checksSeed ??= this.seed;
        this.seedFromNewQuiz = seed;
        this.seed = seed;
      }
      const options = this.optionsFor(content, seed);
      this.configKey = this.configKeyFor(content, options);
      return options;
    });
    this.announcement = '';
    this.pendingFocus = '.question-prompt';
  }

  /** The element named by `for`, in this element's root or the document. */
  private get linkedElement(): HTMLElement | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(this.for) ?? document.getElementById(this.for) ?? undefined;
  }

  /** The explainer that feedback links to (`for`). */
  private get linker(): SectionLinker | undefined {
    const target = this.linkedElement;
    return target && 'showSection' in target ? (target as unknown as SectionLinker) : undefined;
  }

  private renderFeedback(content: Content, question: Question) {
    const answer = this.session?.answers[question.id];
    const score = scoreAnswer(question, answer);
    return html`<div class="feedback is-${verdictOf(score)}" part="feedback" tabindex="-1">
      ${renderExplained(question, answer, score, {
        content,
        strings: this.strings,
        linker: this.linker,
        questionNumber: (this.session?.position ?? 0) + 1,
        showOwnAnswer: false,
      })}
    </div>`;
  }

  /** What the controls of the current question call back into. */
  private controlContext(question: Question, locked: boolean, progress: unknown): ControlContext {
    return {
      strings: this.strings,
      name: `${this.instance}-${question.id}`,
      locked,
      progress,
      answer: this.quiz.answerFor(question),
      onAnswer: (answer) => this.answer(question, answer),
      onMoved: (announcement, focusSelector) => {
        this.announcement = announcement;
        this.pendingFocus = focusSelector;
      },
      onSubmit: () => {
        if (this.session?.options.mode === 'practice') this.check();
        else this.go(this.session!.position + 1);
      },
    };
  }

  private renderQuestion(content: Content, session: SessionState) {
    const s = this.strings;
    const question = this.quiz.current;
    if (!question) return html`<p>${s.noQuestions}</p>`;
    const total = this.quizQuestions.length;
    const position = session.position;
    const practice = session.options.mode === 'practice';
    const checked = session.checked.includes(question.id);
    const last = position === total - 1;
    const unanswered = total - answeredCount(session, this.quizQuestions);
    return html`${renderProgress(s, position, total, session.round, content.language)}
      <div class="question" part="question" data-type=${question.type}>${keyed(question.id, renderControl(question, this.controlContext(question, practice && checked, chrome(s, content.language, s.promptPrefix(position + 1, total)))))}</div>
      ${this.showRequired ? html`<p class="required" role="alert">${chrome(s, content.language, s.answerRequired)}</p>` : nothing}
      ${practice && checked ? this.renderFeedback(content, question) : nothing}
      ${this.confirmFinish
        ? html`<p class="unanswered" role="alert">${chrome(s, content.language, `${s.unansweredWarning(unanswered)} ${s.testModeHelp}`)}</p>`
        : nothing}
      ${renderQuestionActions(s, { position, last, practice, checked, confirmFinish: this.confirmFinish }, { go: (to) => this.go(to), check: () => this.check(), finish: () => this.finish() }, content.language)}`;
  }

  private renderResults(content: Content, session: SessionState) {
    const results = scoreSession(session, this.quizQuestions, content.themes.map((theme) => theme.id));
    const code = encodeResultCode(content, session.options, this.quizQuestions, session.answers, this.learnerName);
    return renderResultsScreen({
      content,
      session,
      questions: this.quizQuestions,
      results,
      code,
      strings: this.strings,
      headingLevel: this.headingLevel,
      linker: this.linker,
      confirmNew: this.confirmNew,
      panel: {
        learnerName: this.learnerName,
        copyStatus: this.copyStatus,
        onName: (name) => {
          this.learnerName = name;
          this.copyStatus = '';
        },
        onCopy: () =>
          void copyText(code, this.renderRoot.querySelector('.result-code')).then((copied) => (this.copyStatus = copied ? this.strings.copied : this.strings.copyFailed)),
        onDownload: (format) => {
          const file = resultFile(content, session, this.quizQuestions, results, code, this.learnerName, format);
          downloadText(file.name, file.body, file.type);
        },
      },
      on: { retry: () => this.retry(), ask: (asking) => this.askNewQuiz(asking), startNew: () => this.newQuiz() },
      practice: this.renderPracticePanel(content),
    });
  }

  /** "New quiz" asks first; focus moves to the confirmation, or back to the button on Cancel. */
  private askNewQuiz(asking: boolean) {
    this.confirmNew = asking;
    this.pendingFocus = asking ? '.confirm-new-quiz' : '.new-quiz';
  }

  override render() {
    const s = this.strings;
    const content = this.loadedContent;
    const session = this.session;
    if (!content || !session) return renderContentState(this.contentSource.state, s, () => this.contentSource.retry()) ?? nothing;
    const level = clampLevel(this.headingLevel);
    return html`<section class="quiz" part="base" lang=${content.language} aria-labelledby="quiz-title">
      ${heading(level, chrome(s, content.language, s.quiz), { id: 'quiz-title' })}
      <p class="mode">${chrome(s, content.language, session.options.mode === 'practice' ? s.practiceMode : s.testMode)}</p>
      ${session.repeatedFacts ? html`<p class="mode repeated-facts">${chrome(s, content.language, s.checksRepeated(session.repeatedFacts))}</p>` : nothing}
      ${session.finishedAt !== undefined
        ? this.renderResults(content, session)
        : html`${this.quiz.isStarted ? nothing : this.renderPracticePanel(content, true)}${this.renderQuestion(content, session)}`}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-quiz': EceQuiz;
  }
}
