import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Content, DecisionNode, DecisionQuestion, Scenario } from '../../core/content/schema.js';
import { walkTree, type WalkStep } from '../../core/decision.js';
import { en, type UiStrings } from '../../i18n/strings.js';
import { baseStyles } from '../shared/styles.js';
import { chrome, chromeLanguage, heading } from '../shared/render.js';
import { renderSourceLinks, sourceLinkStyles } from '../shared/sources.js';

/**
 * "Do I need a permit?": walks the content's decision tree one question at a
 * time, shows the outcome and why, steps back, and loads worked examples.
 *
 * @tag ece-decision-walk
 * @summary A step-by-step walk through the content's decision tree, with worked examples.
 * @csspart base - The walk's wrapper.
 * @csspart outcome - The outcome panel.
 */
@customElement('ece-decision-walk')
export class EceDecisionWalk extends LitElement {
  static override styles = [
    baseStyles,
    sourceLinkStyles,
    css`
      :host {
        background: transparent;
      }
      .walk {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.75rem;
      }
      .model {
        margin: 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--_accent);
        background: var(--_background);
      }
      .examples {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      label {
        display: grid;
        gap: 0.25rem;
        font-weight: 600;
      }
      .examples label {
        flex: 1 1 100%;
      }
      select {
        min-height: 2.75rem;
        width: 100%;
        max-width: 100%;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      fieldset {
        min-width: 0;
        margin: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem var(--_space) var(--_space);
      }
      legend {
        font-weight: 700;
        padding: 0 0.25rem;
      }
      .help {
        margin: 0 0 0.75rem;
        color: var(--_muted);
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .answers {
        margin: 0;
        padding-left: 1.25rem;
      }
      .scenario {
        margin: 0;
        font-style: italic;
      }
      .outcome {
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        padding: var(--_space);
        background: var(--_background);
      }
      .outcome > :first-child {
        margin-top: 0;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      @media (forced-colors: active) {
        .outcome,
        .model {
          border-color: CanvasText;
        }
      }
    `,
  ];

  @state() private steps: WalkStep[] = [];
  @state() private scenario?: Scenario;
  @state() private pickedExample = '';

  /** The content whose decision tree is walked. */
  @property({ attribute: false }) content?: Content;
  /** UI strings of the current language. */
  @property({ attribute: false }) strings: UiStrings = en;
  /** Level of the walk's heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;
  /** Forces `light` or `dark`; by default the system setting decides. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';
  /** Prefix for element ids, so several instances never collide. */
  @property({ attribute: 'id-prefix' }) idPrefix = '';

  private get tree() {
    return this.content?.decisionTree;
  }

  private answer(question: DecisionQuestion, answerId: string) {
    this.steps = [...this.steps, { question: question.id, answer: answerId }];
    this.focusCurrent();
  }

  private back() {
    this.steps = this.steps.slice(0, -1);
    this.scenario = undefined;
    this.focusCurrent();
  }

  private startOver() {
    this.steps = [];
    this.scenario = undefined;
    this.focusCurrent();
  }

  private loadExample() {
    const tree = this.tree;
    const scenario = tree?.scenarios.find((item) => item.id === this.pickedExample);
    if (!tree || !scenario) return;
    this.scenario = scenario;
    this.steps = walkTree(tree, scenario.choices).steps;
    this.focusCurrent();
  }

  /** Moves focus to the new question or the outcome, so keyboard and screen-reader users follow. */
  private focusCurrent() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.current-focus')?.focus());
  }

  private renderNode(node: DecisionNode, content: Content, s: UiStrings) {
    if (node.kind === 'outcome') {
      return html`<div class="outcome" part="outcome">
        ${heading(this.headingLevel + 1, html`${chrome(s, content.language, s.outcome)}: ${node.title}`, { className: 'current-focus' })}
        <p>${node.explanation}</p>
        ${renderSourceLinks(content, node.sources, s)}
      </div>`;
    }
    const legendId = `${this.idPrefix}walk-q-${node.id}`;
    return html`<fieldset aria-labelledby=${legendId}>
      <legend id=${legendId} class="current-focus" tabindex="-1">${chrome(s, content.language, s.step(this.steps.length + 1))}: ${node.text}</legend>
      ${node.help ? html`<p class="help">${node.help}</p>` : nothing}
      <div class="choices">
        ${node.answers.map(
          (answer) => html`<button class="button" @click=${() => this.answer(node, answer.id)}>${answer.label}</button>`,
        )}
      </div>
    </fieldset>`;
  }

  override render() {
    const content = this.content;
    const tree = this.tree;
    if (!content || !tree) return nothing;
    const s = this.strings;
    const walk = walkTree(tree, Object.fromEntries(this.steps.map((step) => [step.question, step.answer])));
    const current = walk.current;
    const exampleId = `${this.idPrefix}walk-example`;
    // Interface words in content of another language are marked with their own language.
    const ui = (text: unknown) => chrome(s, content.language, text);
    const uiLang = chromeLanguage(s, content.language);
    return html`<div class="walk panel" part="base">
      ${heading(this.headingLevel, tree.title)}
      <p class="model"><strong>${ui(s.simplifiedModel)}:</strong> ${tree.model}</p>
      ${tree.scenarios.length
        ? html`<div class="examples no-print">
            <label for=${exampleId} lang=${uiLang}>${s.workedExamples}</label>
            <select
              id=${exampleId}
              @change=${(e: Event) => (this.pickedExample = (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${this.pickedExample === ''} lang=${uiLang}>${s.chooseExample}</option>
              ${tree.scenarios.map(
                (scenario) => html`<option value=${scenario.id} ?selected=${this.pickedExample === scenario.id}>${scenario.title}</option>`,
              )}
            </select>
            <button class="button" ?disabled=${this.pickedExample === ''} @click=${this.loadExample} lang=${uiLang}>${s.loadExample}</button>
          </div>`
        : nothing}
      ${this.scenario ? html`<p class="scenario">${this.scenario.title}: ${this.scenario.description}</p>` : nothing}
      ${walk.answered.length
        ? html`<div>
            <p id=${`${this.idPrefix}walk-answers`}><strong>${ui(s.yourAnswers)}</strong></p>
            <ol class="answers" aria-labelledby=${`${this.idPrefix}walk-answers`}>
              ${walk.answered.map((step) => html`<li>${step.question.text} — <strong>${step.answer.label}</strong></li>`)}
            </ol>
          </div>`
        : nothing}
      ${current ? this.renderNode(current, content, s) : nothing}
      <div class="controls no-print" lang=${uiLang}>
        <button class="button" ?disabled=${this.steps.length === 0} @click=${this.back}>${s.back}</button>
        <button class="button" ?disabled=${this.steps.length === 0} @click=${this.startOver}>${s.startOver}</button>
      </div>
      ${renderSourceLinks(content, tree.sources, s)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-decision-walk': EceDecisionWalk;
  }
}
