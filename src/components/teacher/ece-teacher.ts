import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Content } from '../../core/content/schema.js';
import { QUESTION_TYPES, type QuestionType } from '../../core/questions/types.js';
import { downloadText, randomSeed } from '../shared/browser.js';
import { buildClassView, classCsv, itemAnalysisCsv, type ClassView } from '../../core/quiz/class-view.js';
import { startSession, type QuizMode, type SessionOptions } from '../../core/quiz/session.js';
import { teacherStringsFor, type TeacherStrings } from '../../i18n/teacher.js';
import { ContentController } from '../shared/content-source.js';
import { ContentElement } from '../shared/content-element.js';
import { renderContentState } from '../shared/render.js';
import { teacherStyles } from './teacher.styles.js';
import { renderLessonKit } from './lesson-kit.js';
import { renderClassResults } from './class-results.js';
import { WellMixedController } from './well-mixed.js';
import { checkFacts, checksOption, planChecks } from '../../core/questions/checks.js';

const LANGUAGES = ['en', 'ko', 'ja'] as const;

/**
 * The teacher page: set up one quiz for a class (share link, embed code,
 * worksheet and answer key), then paste the students' result codes to see the
 * class results. Everything is computed in the browser. With `src`, the class works on another
 * topic's content file: the share link, the worksheet links and the embed code carry its address.
 *
 * @tag ece-teacher
 * @summary Quiz set-up and class results for teachers, without accounts.
 * @fires {Event} language-change - The teacher picked another language (`detail` is not used; read `lang`).
 */
@customElement('ece-teacher')
export class EceTeacher extends ContentElement(LitElement) {
  static override styles = teacherStyles;

  protected readonly contentSource = new ContentController(this, { questions: true });

  @state() private count = 10;
  /** What is typed in the question count, kept as typed; `count` keeps the last valid number. */
  @state() private countInput = '10';
  /** What is typed as the class code, kept as typed: the code used is its letters, digits and dashes. */
  @state() private seedInput?: string;
  @state() private types = new Set<QuestionType>();
  @state() private themes = new Set<string>();
  @state() private mode: QuizMode = 'practice';
  /** Only what the core lesson teaches (no "go deeper" detail): for a class that reads the core in one period. */
  @state() private coreOnly = false;
  /** The "Check yourself" questions in the students' text (the student page's default: after each theme). */
  @state() private checks: 'theme' | 'section' | 'off' = 'theme';
  @state() private seed = randomSeed();
  @state() private codes = '';
  @state() private status = '';
  private readonly wellMixed = new WellMixedController(this, () => {
    const state = this.contentSource.state;
    return state.status === 'ready' ? { content: state.content, settings: this.mixSettings } : undefined;
  });

  /** Language of the page, the quiz and its content (`en`, `ko`, `ja`). */
  @property({ reflect: true }) override lang = 'en';
  /** URL of the student page the share link opens (default: `index.html` beside this page). */
  @property({ attribute: 'student-page' }) studentPage = 'index.html';
  /** URL of the worksheet page. */
  @property({ attribute: 'worksheet-page' }) worksheetPage = 'worksheet.html';
  /** URL of the script for the embed code. */
  @property({ attribute: 'script-src' }) scriptSrc = 'https://your.cdn/export-controls-explainer.js';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Theme choices belong to the content they were made for.
    if (changed.has('lang') || changed.has('src') || changed.has('content')) this.themes = new Set();
  }

  /** The settings a quiz's mix depends on: all but its length and seed, and the facts the checks in the text use. */
  private get mixSettings() {
    const { types, themes, scope, checks } = this.options;
    const state = this.contentSource.state;
    const avoidFacts = checks && state.status === 'ready' ? checkFacts(planChecks(state.content, checks)) : [];
    return { types, themes, ...(scope ? { scope } : {}), ...(avoidFacts.length ? { avoidFacts } : {}) };
  }

  /** The content file's address as the pages the teacher shares will need it: absolute. */
  private get contentUrl(): string | undefined {
    return this.src ? new URL(this.src, document.baseURI).href : undefined;
  }

  private get t(): TeacherStrings {
    return teacherStringsFor(this.lang);
  }

  private get options(): SessionOptions {
    return {
      seed: this.seed,
      count: this.count,
      mode: this.mode,
      types: QUESTION_TYPES.filter((type) => this.types.has(type)),
      themes: [...this.themes].sort(),
      ...(this.coreOnly ? { scope: 'core' as const } : {}),
      ...checksOption(this.checks, this.seed),
    };
  }

  /** URL parameters named like the attributes; the demo pages read them. */
  private params(extra: Record<string, string> = {}): string {
    const options = this.options;
    const params = new URLSearchParams({ lang: this.lang, seed: options.seed, questions: String(options.count), mode: options.mode });
    if (options.types.length) params.set('types', options.types.join(','));
    if (options.themes.length) params.set('themes', options.themes.join(','));
    if (options.scope === 'core') params.set('scope', 'core');
    // Always named: a page other than the one-tag element may have another default.
    params.set('checks', this.checks);
    if (this.contentUrl) params.set('src', this.contentUrl);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return params.toString();
  }

  private link(page: string, extra: Record<string, string> = {}): string {
    return new URL(`${page}?${this.params(extra)}`, document.baseURI).href;
  }

  private embedSnippet(): string {
    const options = this.options;
    const attributes = [
      `lang="${this.lang}"`,
      `seed="${options.seed}"`,
      `questions="${options.count}"`,
      `mode="${options.mode}"`,
      ...(options.types.length ? [`types="${options.types.join(',')}"`] : []),
      ...(options.themes.length ? [`themes="${options.themes.join(',')}"`] : []),
      ...(options.scope === 'core' ? ['scope="core"'] : []),
      `checks="${this.checks}"`,
      ...(this.contentUrl ? [`src="${this.contentUrl}"`] : []),
    ];
    return `<script type="module" src="${this.scriptSrc}"></script>\n<export-controls-explainer ${attributes.join(' ')}></export-controls-explainer>`;
  }

  private async copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.t.copied;
    } catch {
      this.status = '';
    }
  }

  private toggle<T>(set: Set<T>, value: T, on: boolean): Set<T> {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  }

  private classView(content: Content): ClassView | undefined {
    if (!this.codes.trim()) return undefined;
    const { questions } = startSession(content, this.options, 0);
    return buildClassView(this.codes, content, this.options, questions, { wrongFillBlank: this.t.wrongFillBlank, duplicate: this.t.duplicate });
  }

  private downloadCsv(view: ClassView) {
    downloadText(`class-${this.seed}.csv`, classCsv(view), 'text/csv');
  }

  private downloadItemCsv(view: ClassView) {
    downloadText(`items-${this.seed}.csv`, itemAnalysisCsv(view), 'text/csv');
  }

  private renderSettings(content: Content) {
    const t = this.t;
    const countValid = isValidCount(Number(this.countInput)) && this.countInput.trim() !== '';
    const mixedUpTo = this.wellMixed.lengthFor(content, this.mixSettings);
    const beyondMix = countValid && mixedUpTo !== undefined && this.count > mixedUpTo;
    return html`<fieldset>
      <legend>${t.settings}</legend>
      <div class="field">
        <label for="language">${t.language}</label>
        <select
          id="language"
          @change=${(e: Event) => {
            this.lang = (e.target as HTMLSelectElement).value;
            this.dispatchEvent(new Event('language-change', { bubbles: true, composed: true }));
          }}
        >
          ${LANGUAGES.map((code) => html`<option value=${code} ?selected=${this.lang === code} lang=${code}>${t.languageNames[code]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="seed">${t.classCode}</label>
        <div class="row">
          <input
            id="seed"
            type="text"
            aria-describedby="seed-help seed-used"
            .value=${this.seedInput ?? this.seed}
            @input=${(e: Event) => {
              // Never rewrite what is being typed: say which code will be used instead.
              this.seedInput = (e.target as HTMLInputElement).value;
              this.seed = normalizeClassCode(this.seedInput);
            }}
          />
          <button
            class="button"
            @click=${() => {
              this.seed = randomSeed();
              this.seedInput = undefined;
            }}
          >
            ${t.newCode}
          </button>
        </div>
        <p id="seed-help" class="help">${t.classCodeHelp}</p>
        <p id="seed-used" class="help" aria-live="polite">${this.seedInput !== undefined && this.seedInput !== this.seed ? t.codeUsed(this.seed) : ''}</p>
      </div>
      <div class="field">
        <label for="count">${t.questionCount}</label>
        ${countValid ? nothing : html`<p id="count-error" class="error"><span class="visually-hidden">${t.errorPrefix}</span> ${t.countError(this.count)}</p>`}
        <input
          id="count"
          type="number"
          min="1"
          max="50"
          aria-invalid=${countValid ? 'false' : 'true'}
          aria-describedby=${countValid ? (beyondMix ? 'count-mix' : nothing) : 'count-error'}
          .value=${this.countInput}
          @input=${(e: Event) => {
            this.countInput = (e.target as HTMLInputElement).value;
            const value = Number(this.countInput);
            if (isValidCount(value)) this.count = value;
          }}
        />
        ${beyondMix ? html`<p id="count-mix" class="help">${t.countBeyondMix(mixedUpTo!)}</p>` : nothing}
      </div>
      ${this.renderChoices(content)}
    </fieldset>`;
  }

  /** Mode, question types, themes and the core-only scope. */
  private renderChoices(content: Content) {
    const t = this.t;
    return html`<fieldset>
        <legend>${t.mode}</legend>
        ${(['practice', 'test'] as const).map(
          (mode) => html`<label class="check"
            ><input type="radio" name="mode" .checked=${this.mode === mode} @change=${() => (this.mode = mode)} />${mode === 'practice' ? t.practice : t.test}</label
          >`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.questionTypes}</legend>
        <div class="grid">
          ${QUESTION_TYPES.map(
            (type) => html`<label class="check"
              ><input
                type="checkbox"
                .checked=${this.types.has(type)}
                @change=${(e: Event) => (this.types = this.toggle(this.types, type, (e.target as HTMLInputElement).checked))}
              />${t.typeNames[type]}</label
            >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.themes}</legend>
        ${content.themes.map(
          (theme) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${this.themes.has(theme.id)}
              @change=${(e: Event) => (this.themes = this.toggle(this.themes, theme.id, (e.target as HTMLInputElement).checked))}
            />${theme.title}</label
          >`,
        )}
      </fieldset>
      <label class="check"
        ><input type="checkbox" .checked=${this.coreOnly} @change=${(e: Event) => (this.coreOnly = (e.target as HTMLInputElement).checked)} />${t.coreOnly}</label
      >
      <fieldset aria-describedby="checks-help">
        <legend>${t.checks}</legend>
        <p id="checks-help" class="help">${t.checksHelp}</p>
        ${(['theme', 'section', 'off'] as const).map(
          (per) => html`<label class="check"
            ><input type="radio" name="checks" .checked=${this.checks === per} @change=${() => (this.checks = per)} />${t.checksChoice[per]}</label
          >`,
        )}
      </fieldset>`;
  }

  private renderClassView(content: Content) {
    const t = this.t;
    const view = this.classView(content);
    return html`<section aria-labelledby="class-title">
      <h2 id="class-title">${t.classView}</h2>
      <p class="note">${t.checksumNote}</p>
      <div class="field">
        <label for="codes">${t.pasteCodes}</label>
        <p id="codes-help" class="help">${t.classViewHelp}</p>
        <textarea id="codes" aria-describedby="codes-help" spellcheck="false" .value=${this.codes} @input=${(e: Event) => (this.codes = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${view ? renderClassResults(view, t, {
            lang: this.lang,
            onDownload: () => this.downloadCsv(view),
            onDownloadItems: () => this.downloadItemCsv(view),
            questionLink: (number) => `${this.link(this.worksheetPage, { key: '1' })}#q-${number}`,
          }) : nothing}
    </section>`;
  }

  override render() {
    const state = this.contentSource.state;
    if (state.status !== 'ready') return renderContentState(state, this.strings, () => this.contentSource.retry());
    const content = state.content;
    const t = this.t;
    const share = this.link(this.studentPage);
    const snippet = this.embedSnippet();
    return html`<main lang=${this.lang}>
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      ${this.renderSettings(content)}
      <section aria-labelledby="share-title">
        <h2 id="share-title">${t.shareLink}</h2>
        <p class="help">${t.shareLinkHelp}</p>
        <div class="row">
          <a class="share-link" href=${share}>${share}</a>
          <button class="button" @click=${() => this.copy(share)}>${t.copyLink}</button>
        </div>
        <h3>${t.embedSnippet}</h3>
        <pre><code class="snippet">${snippet}</code></pre>
        <button class="button" @click=${() => this.copy(snippet)}>${t.copyEmbed}</button>
        <p role="status">${this.status}</p>
        <h3>${t.print}</h3>
        <div class="row">
          <a class="button" href=${this.link(this.worksheetPage)}>${t.worksheet}</a>
          <a class="button" href=${this.link(this.worksheetPage, { key: '1' })}>${t.answerKey}</a>
        </div>
      </section>
      ${renderLessonKit(content, t)}
      ${this.renderClassView(content)}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-teacher': EceTeacher;
  }
}

/** A question count the quiz accepts: a whole number from 1 to 50. */
const isValidCount = (value: number) => Number.isInteger(value) && value >= 1 && value <= 50;

/** The class code as the quiz uses it: lower-case letters, digits and dashes ("class" when nothing is left). */
const normalizeClassCode = (typed: string) => typed.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'class';
