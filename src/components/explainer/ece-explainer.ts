import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Content, Section } from '../../core/content/schema.js';
import { formatPartialDate } from '../../core/dates.js';
import { ContentController } from '../shared/content-source.js';
import { ContentElement } from '../shared/content-element.js';
import { Presentation } from '../shared/presentation.js';
import { baseStyles } from '../shared/styles.js';
import { chrome, chromeLanguage, clampLevel, heading, renderContentState } from '../shared/render.js';
import { sourceLinkStyles } from '../shared/sources.js';
import { explainerStyles } from './explainer.styles.js';
import { ProgressiveRender } from './progressive-render.js';
import { SectionSpy } from './section-spy.js';
import { Jumps, type ReturnPoint } from './jumps.js';
import {
  deriveContent,
  renderComparison,
  renderFigure,
  renderGlossary,
  renderInBrief,
  renderParagraph,
  renderKeyDates,
  renderLesson,
  renderSources,
  type DerivedContent,
  type PartsContext,
} from './parts.js';
import { idPrefixOf, innerUpdatesComplete } from '../shared/host.js';
import { restoreFocus } from '../shared/browser.js';
import type { CheckBlock } from '../../core/questions/checks.js';
import { resolveChecks, type ChecksPer, type ChecksSetting } from '../../core/questions/checks-setting.js';
import { afterNextPaint, loadedQuizCode, loadQuizCode, quizCodeFailed } from '../shared/quiz-code.js';
import '../timeline/ece-timeline.js';
import '../decision-walk/ece-decision-walk.js';

/** Longest a deep link waits for the checks to go in above its target before it jumps anyway. */
const DEEP_LINK_WAIT_MS = 3000;

/** Elements inside the explainer that render on their own, a moment after the explainer creates them. */
const INNER_ELEMENTS = 'ece-timeline, ece-decision-walk, ece-check';

/**
 * The explainer: sections by theme with inline glossary terms and numbered
 * citations, a table of contents that follows the reader, key dates, a
 * comparison table, a decision walk, the timeline, the glossary and the sources.
 * Everything it shows comes from the content file.
 *
 * @tag ece-explainer
 * @summary A sourced, accessible explainer generated from a content file.
 *
 * @csspart base - The article wrapper.
 * @csspart toc - The table of contents.
 * @csspart section - Each content section.
 * @csspart term - Each inline glossary term button.
 * @csspart definition - Each inline definition.
 * @csspart comparison - The comparison table.
 * @csspart glossary - The glossary list.
 * @csspart sources - Each list of sources (one per kind of publisher).
 * @csspart sources-details - The collapsible wrapper of all sources (a `<details>`, collapsed until a reader opens it, follows a citation or prints).
 * @csspart sources-summary - The line that opens and closes the sources.
 * @csspart key-point - A section's one-sentence key point.
 * @csspart deeper - Each collapsible "go deeper" block.
 * @csspart figure - Each figure drawn from data.
 * @csspart discussion - A theme's discussion question.
 * @csspart check - Each "Check yourself" block (an `ece-check`).
 *
 * @fires {QuizAnswerEvent} quiz-answer - A "Check yourself" answer, on Check: `{ id, type, answer, correct, credit, context: "check" }`.
 * @csspart teacher-box - The collapsible box for teachers (objectives, lesson plan, reading times).
 * @csspart error - The loading-error or invalid-content panel.
 *
 * @cssprop --ece-max-width - Widest the text grows (default 48rem).
 * @cssprop --ece-color-text - Body text colour.
 * @cssprop --ece-color-muted - Secondary text colour.
 * @cssprop --ece-color-background - Background colour.
 * @cssprop --ece-color-surface - Background of panels and cards.
 * @cssprop --ece-color-border - Borders.
 * @cssprop --ece-color-accent - Links, buttons and highlights.
 * @cssprop --ece-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --ece-color-focus - Focus ring.
 * @cssprop --ece-font-family - Font stack.
 * @cssprop --ece-font-size - Base font size.
 * @cssprop --ece-space - Base spacing unit.
 * @cssprop --ece-radius - Corner radius.
 */
@customElement('ece-explainer')
export class EceExplainer extends Presentation(ContentElement(LitElement)) {
  static override styles = [baseStyles, sourceLinkStyles, explainerStyles];

  /** @internal */
  protected readonly contentSource = new ContentController(this);
  private readonly blocks = new ProgressiveRender(this, () => this.loadedContent, () => this.performUpdate());
  private readonly spy = new SectionSpy(this, () => this.renderRoot);
  private readonly jumps = new Jumps(this, {
    content: () => this.loadedContent,
    idPrefix: () => this.idPrefix,
    root: () => this.renderRoot,
    showEverything: () => this.blocks.showEverything(),
    innerElements: INNER_ELEMENTS,
    sourcesOpen: () => this.sourcesOpen,
    setSourcesOpen: (open) => (this.sourcesOpen = open),
    holdDeepLink: () => this.checksLoad !== undefined && performance.now() - this.createdAt < DEEP_LINK_WAIT_MS,
  });

  @state() private openTerms = new Set<string>();
  /** Charts whose numbers are shown as a table. */
  @state() private figureData = new Set<string>();
  /**
   * Whether the source list is expanded. Collapsed by default so that a reader reaches the quiz
   * without scrolling past every source; a citation link, a deep link and printing expand it.
   */
  @state() private sourcesOpen = false;



  /** The content shown, once loaded and valid. */
  get loadedContent(): Content | undefined {
    return this.contentSource.state.status === 'ready' ? this.contentSource.state.content : undefined;
  }

  /** Prefix of ids inside the element and of deep links: `<element id>-`, or nothing. */
  get idPrefix(): string {
    return this.linkPrefix ?? idPrefixOf(this);
  }

  /** Set by a wrapping element so deep links use the wrapper's id. */
  @property({ attribute: false }) linkPrefix?: string;

  /**
   * Set by a wrapping element that shows a quiz after the explainer: the contents then list the
   * quiz and a skip link leads to it; both fire `ece-show-quiz` for the wrapper to act on.
   */
  @property({ attribute: false }) hasQuiz = false;

  /**
   * "Check yourself" questions in the text: `theme` (after each theme), `section` (after each
   * section) or `off` (the default here; `<export-controls-explainer>` shows them after each theme).
   */
  @property() checks?: 'theme' | 'section' | 'off';

  /** The seed the checks are drawn from (the quiz's seed, so a class sees the same checks); absent, one seed for everyone. */
  @property() seed?: string;

  /** Waiting to draw the checks: until after the first paint, and until the content language's question wording is here. */
  private checksLoad?: Promise<void>;

  /**
   * The checks this explainer shows (which `<ece-quiz for=…>` reads, to avoid their facts): where they
   * go and the seed they are drawn from. Undefined when they are off.
   */
  get checksSetting(): ChecksSetting | undefined {
    return resolveChecks(this.checks, this.seed, 'off');
  }

  /** The checks, drawn once per content and setting. */
  private checksFor?: { key: string; content: Content; per: ChecksPer | 'off'; blocks: Map<string, CheckBlock> };

  /** The checks by the theme or section they follow (a section may share its id with a theme). */
  private checkBlocks(content: Content): { per: ChecksPer | 'off'; blocks: Map<string, CheckBlock> } {
    const setting = this.checksSetting;
    const per = setting?.per ?? 'off';
    const key = `${per}|${setting?.seed ?? ''}`;
    const ready = this.checksFor?.key === key && this.checksFor.content === content;
    // The checks are drawn after the first paint, not in it: their code (the "Check yourself" element
    // and the generator, the quiz's chunk) loads after it, and Korean and Japanese question wording
    // on demand. The text is never held back for them (they sit below the first screen). A deep link
    // is the exception: their code loads at once, and the jump waits for them (holdDeepLink), so
    // nothing is inserted above its target after it. If the code cannot load, there are no checks.
    const code = loadedQuizCode();
    const wording = code?.templatesLoaded(content.language) ?? false;
    if (per !== 'off' && !ready && !quizCodeFailed() && !this.wordingFailed.has(content.language) && (!code || !wording || (!this.hasUpdated && !this.jumps.wantsEverything))) {
      this.checksLoad ??= this.loadChecks(content.language);
      // Another language of the same checks (same ids) keeps the blocks in place, with the reader's
      // answers and focus, until its wording is here.
      return this.checksFor?.per === per ? this.checksFor : { per: 'off', blocks: new Map() };
    }
    if (!ready || !this.checksFor) {
      const blocks = setting && code ? code.planChecks(content, setting) : [];
      this.checksFor = { key, content, per, blocks: new Map(blocks.map((block) => [block.after, block])) };
    }
    return this.checksFor;
  }

  /**
   * Loads what the checks need, then draws them, keeping what the reader is looking at where it is
   * (WebKit has no scroll anchoring: a block inserted above the screen would push the text down).
   * A failed load leaves the checks out (the main tag's quiz panel says the quiz could not load).
   */
  private loadChecks(language: string): Promise<void> {
    const deepLink = this.jumps.wantsEverything;
    // After the first paint, not only the first render: a task scheduled now can run before the frame
    // that shows the text (WebKit), and the chunk's download and parsing would compete with it.
    const code = deepLink ? loadQuizCode() : afterNextPaint().then(loadQuizCode);
    // A deep link waits for the checks (so nothing goes in above its target after the jump), but not for long.
    if (deepLink) setTimeout(() => this.requestUpdate(), DEEP_LINK_WAIT_MS);
    return code
      .then((loaded) =>
        loaded.loadTemplates(language).catch((error: unknown) => {
          // The quiz code is here but this language's wording is not: no checks in it (browsers keep a failed
          // module load, so asking again on every render would only loop).
          this.wordingFailed.add(language);
          throw error;
        }),
      )
      .then(
        () => {
          this.checksLoad = undefined;
          if (!loadedQuizCode()?.templatesLoaded(language)) return;
          const anchor = this.readingAnchor();
          this.requestUpdate();
          void this.keepInPlace(anchor);
        },
        () => {
          this.checksLoad = undefined;
          // Renders without checks, and lets a deep link waiting for them jump.
          this.requestUpdate();
        },
      );
  }

  private readonly createdAt = performance.now();

  /** Languages whose question wording failed to load: their checks are left out. */
  private readonly wordingFailed = new Set<string>();

  /** The first block of text whose top is on screen, where it is, and the scroll position: what the reader is looking at. */
  private readingAnchor(): { element: Element; top: number; scrollY: number } | undefined {
    if (window.scrollY === 0 || CSS.supports('overflow-anchor', 'auto')) return undefined;
    for (const element of this.renderRoot.querySelectorAll('h2, h3, h4, h5, h6, p, li, figure, table, ece-check')) {
      const { top } = element.getBoundingClientRect();
      if (top >= 0 && top < window.innerHeight) return { element, top, scrollY: window.scrollY };
    }
    return undefined;
  }

  /**
   * After the update that adds the checks (and the checks' own first render, in the same microtasks,
   * before the next paint), scrolls by however far the anchor moved, unless the reader scrolled
   * meanwhile. Only in engines without scroll anchoring (WebKit): the others keep the place themselves.
   */
  private async keepInPlace(anchor: { element: Element; top: number; scrollY: number } | undefined): Promise<void> {
    if (!anchor) return;
    await super.getUpdateComplete();
    await innerUpdatesComplete(this.renderRoot, 'ece-check');
    if (!anchor.element.isConnected) return;
    const moved = anchor.element.getBoundingClientRect().top - anchor.top;
    if (window.scrollY === anchor.scrollY && Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }

  private renderCheck(content: Content, per: ChecksPer, after: string, level: number) {
    const checks = this.checkBlocks(content);
    const block = checks.per === per ? checks.blocks.get(after) : undefined;
    if (!block) return nothing;
    return html`<ece-check
      .content=${content}
      .questions=${block.questions}
      .strings=${this.strings}
      .linker=${this}
      check-id=${`${this.idPrefix}check-${per}-${after}`}
      .follows=${per === 'theme' ? (content.themes.find((theme) => theme.id === after)?.title ?? '') : (content.sections.find((section) => section.id === after)?.title ?? '')}
      heading-level=${level}
      color-scheme=${this.colorScheme ?? nothing}
      part="check"
    ></ece-check>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A deep link may point anywhere in the page: then everything is rendered at once.
    this.blocks.sync(this.jumps.wantsEverything);
  }

  /** Resolves once the whole page is rendered, not only its first blocks, including the timeline and decision walk inside it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.checksLoad) {
      // Someone waits for the whole page: the checks' code loads now, not at idle time.
      void loadQuizCode().catch(() => undefined);
      await this.checksLoad;
      complete = await super.getUpdateComplete();
    }
    // Only while another block is on its way (a failed update schedules none, so this cannot spin forever).
    while (this.blocks.pending) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = await super.getUpdateComplete();
    }
    return (await innerUpdatesComplete(this.renderRoot, INNER_ELEMENTS)) && complete;
  }

  /**
   * Shows a section (or a "go deeper" block) by its content id: scrolls to it and moves focus to its
   * heading. With a return point, the reader gets a way back: a "Back to …" button that restores
   * focus where the jump began, and a history entry, so the browser's Back does the same.
   */
  showSection(sectionId: string, returnPoint?: ReturnPoint): boolean {
    if (!this.loadedContent) return false;
    const shown = this.jumps.revealById(this.idPrefix + sectionId);
    if (shown && returnPoint) this.jumps.offerReturn(this.idPrefix + sectionId, returnPoint);
    return shown;
  }

  private toggleTerm(key: string, open?: boolean) {
    const next = new Set(this.openTerms);
    if (open ?? !next.has(key)) next.add(key);
    else next.delete(key);
    this.openTerms = next;
  }

  private onTermKeydown(event: KeyboardEvent, key: string) {
    if (event.key !== 'Escape' || !this.openTerms.has(key)) return;
    event.preventDefault();
    event.stopPropagation();
    this.toggleTerm(key, false);
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-term-key="${CSS.escape(key)}"]`)?.focus();
  }

  private onCitationClick(event: MouseEvent, sourceId: string) {
    const citation = event.currentTarget as HTMLElement;
    const id = `${this.idPrefix}source-${sourceId}`;
    if (!this.jumps.revealById(id)) return;
    event.preventDefault();
    this.jumps.offerReturn(id, { label: this.strings.backToText, restore: () => restoreFocus(citation) });
  }

  private renderSection(c: PartsContext, section: Section, level: number) {
    const content = c.content;
    const s = this.strings;
    const headingId = `${this.idPrefix}heading-${section.id}`;
    return html`<section id=${this.idPrefix + section.id} data-section=${section.id} aria-labelledby=${headingId} part="section">
      ${heading(level, section.title, { id: headingId })}
      ${section.keyPoint ? html`<p class="key-point" part="key-point"><strong>${chrome(s, content.language, `${s.keyPoint}:`)}</strong> ${section.keyPoint}</p>` : nothing}
      ${section.paragraphs.map((paragraph, index) => renderParagraph(c, paragraph, `${section.id}-${index}`))}
      ${(content.figures ?? []).filter((figure) => figure.section === section.id).map((figure) => renderFigure(figure, c))}
      ${(section.deeper ?? []).map(
        (block) => html`<details class="deeper" id=${this.idPrefix + block.id} part="deeper">
          <summary>${s.goDeeper(block.title)}</summary>
          ${block.paragraphs.map((paragraph, index) => renderParagraph(c, paragraph, `${block.id}-${index}`))}
        </details>`,
      )}
      ${section.keyPoint ? nothing : renderInBrief(c, section.id)} ${renderKeyDates(c, section.id)}
      ${content.comparison?.section === section.id ? renderComparison(c) : nothing}
      ${content.decisionTree?.section === section.id
        ? html`<ece-decision-walk
            .content=${content}
            .strings=${s}
            heading-level=${level + 1}
            id-prefix=${this.idPrefix}
            color-scheme=${this.colorScheme ?? nothing}
          ></ece-decision-walk>`
        : nothing}
      ${this.renderCheck(content, 'section', section.id, level + 1)}
    </section>`;
  }

  private quizLink(label: unknown) {
    return html`<a
      href=${`#${this.idPrefix}quiz`}
      @click=${(event: MouseEvent) => {
        event.preventDefault();
        this.dispatchEvent(new Event('ece-show-quiz'));
      }}
      >${label}</a
    >`;
  }

  /** Derived once per content (see `deriveContent`), not on every render. */
  private derivedFor?: { content: Content; derived: DerivedContent };

  private parts(content: Content): PartsContext {
    if (this.derivedFor?.content !== content) this.derivedFor = { content, derived: deriveContent(content) };
    return {
      content,
      derived: this.derivedFor.derived,
      strings: this.strings,
      idPrefix: this.idPrefix,
      onCitation: (event, id) => this.onCitationClick(event, id),
      onSection: (id) => this.showSection(id),
      isTermOpen: (key) => this.openTerms.has(key),
      onTermToggle: (key) => this.toggleTerm(key),
      onTermKeydown: (event, key) => this.onTermKeydown(event, key),
      isFigureDataShown: (id) => this.figureData.has(id),
      onFigureDataToggle: (id) => {
        const next = new Set(this.figureData);
        if (!next.delete(id)) next.add(id);
        this.figureData = next;
      },
    };
  }

  /** The contents: themes and their sections, then the timeline, glossary, sources and quiz; the reader's place marked. */
  private renderContents(content: Content) {
    const s = this.strings;
    const p = this.idPrefix;
    const ui = (text: unknown) => chrome(s, content.language, text);
    const tocLink = (id: string, label: unknown) =>
      html`<a href=${`#${p}${id}`} aria-current=${this.spy.current === id ? 'true' : nothing} @click=${() => this.showSection(id)}
        >${label}</a
      >`;
    return html`<nav part="toc" aria-labelledby=${`${p}toc-title`}>
      <p id=${`${p}toc-title`} class="toc-title"><strong>${ui(s.contents)}</strong></p>
      <ol>
        ${content.themes.map(
          (theme) => html`<li>
            ${tocLink(`theme-${theme.id}`, theme.title)}
            <ol>
              ${content.sections.filter((section) => section.theme === theme.id).map((section) => html`<li>${tocLink(section.id, section.title)}</li>`)}
            </ol>
          </li>`,
        )}
        ${content.events.length ? html`<li>${tocLink('timeline', ui(s.timeline))}</li>` : nothing}
        ${content.glossary.length ? html`<li>${tocLink('glossary', ui(s.glossary))}</li>` : nothing}
        <li>${tocLink('sources', ui(s.sources))}</li>
        ${this.hasQuiz ? html`<li>${this.quizLink(ui(s.quiz))}</li>` : nothing}
      </ol>
    </nav>`;
  }

  override render() {
    const s = this.strings;
    const content = this.loadedContent;
    if (!content) return renderContentState(this.contentSource.state, s, () => this.contentSource.retry());
    const level = clampLevel(this.headingLevel);
    const c = this.parts(content);
    const p = this.idPrefix;
    // Blocks in reading order (see ProgressiveRender): sections, then timeline, glossary, sources.
    const shown = this.blocks.shown;
    let sectionsBefore = 0;
    let block = content.sections.length;
    const showTimeline = content.events.length ? block++ < shown : false;
    const showGlossary = content.glossary.length ? block++ < shown : false;
    const showSources = block < shown;

    // Interface words in content of another language are marked as the language they are in.
    const ui = (text: unknown) => chrome(s, content.language, text);
    return html`<article part="base" lang=${content.language} aria-labelledby=${`${p}explainer-title`}>
      ${this.hasQuiz ? html`<p class="skip-link">${this.quizLink(ui(s.skipToQuiz))}</p>` : nothing}
      <header>
        ${heading(level, content.title, { id: `${p}explainer-title` })}
        ${content.summary ? html`<p class="summary">${content.summary}</p>` : nothing}
        <p class="reviewed">${ui(s.lastReviewed(formatPartialDate(content.lastReviewed, chromeLanguage(s, content.language))))}</p>
      </header>
      ${this.renderContents(content)}
      ${content.lesson ? renderLesson(c, level) : nothing}
      ${content.themes.map((theme) => {
        const sections = content.sections.filter((section) => section.theme === theme.id);
        const first = sectionsBefore;
        sectionsBefore += sections.length;
        if (first >= shown && first > 0) return nothing;
        return html`<section id=${`${p}theme-${theme.id}`} class="theme" aria-labelledby=${`${p}heading-theme-${theme.id}`}>
          ${heading(level + 1, theme.title, { id: `${p}heading-theme-${theme.id}` })}
          ${theme.summary ? html`<p class="summary">${theme.summary}</p>` : nothing}
          ${sections.slice(0, Math.max(0, shown - first)).map((section) => this.renderSection(c, section, level + 2))}
          ${first + sections.length <= shown ? this.renderCheck(content, 'theme', theme.id, level + 2) : nothing}
          ${theme.discussion && first + sections.length <= shown
            ? html`<div class="discussion" part="discussion">
                ${heading(level + 2, ui(s.discuss), { id: `${p}discuss-${theme.id}` })}
                <p>${theme.discussion}</p>
              </div>`
            : nothing}
        </section>`;
      })}
      ${showTimeline && content.events.length
        ? html`<section id=${`${p}timeline`} aria-labelledby=${`${p}heading-timeline`}>
            ${heading(level + 1, ui(s.timeline), { id: `${p}heading-timeline` })}
            <ece-timeline
              .content=${content}
              .strings=${s}
              heading-level=${level + 2}
              id-prefix=${p}
              color-scheme=${this.colorScheme ?? nothing}
            ></ece-timeline>
          </section>`
        : nothing}
      ${showGlossary && content.glossary.length ? renderGlossary(c, level + 1) : nothing}
      ${showSources ? renderSources(c, level + 1, this.sourcesOpen, (open) => (this.sourcesOpen = open)) : nothing}
      ${this.jumps.returnPoint
        ? html`<div class="return-bar" part="return-bar">
            <button class="button primary" @click=${() => this.jumps.returnFromJump(true)}><span aria-hidden="true">↩</span> ${this.jumps.returnPoint.label}</button>
          </div>`
        : nothing}
    </article>`;
  }
}

/** A place to come back to after a jump (see `showSection`). */
export type { ReturnPoint } from './jumps.js';

declare global {
  interface HTMLElementTagNameMap {
    'ece-explainer': EceExplainer;
  }
}
