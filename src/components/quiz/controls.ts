/**
 * The answer controls of each kind of question, as pure render functions: they take the question,
 * the learner's answer so far and a context of callbacks, and hold no state of their own. The quiz
 * element decides what an answer does; these decide only how it is given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, FillBlankQuestion, MatchQuestion, OrderQuestion, Question, SelectAllQuestion, SingleChoiceQuestion } from '../../core/questions/types.js';
import { gapMarkOf } from '../../core/questions/templates/index.js';
import type { UiStrings } from '../../i18n/strings.js';
import { inRuns, promptWithEmphasis } from '../shared/render.js';

/** What a control needs from the quiz around it. */
export interface ControlContext {
  strings: UiStrings;
  /** The name of a radio or checkbox group, unique to the element instance and question. */
  name: string;
  /** After Check in practice mode the answer can no longer change. */
  locked: boolean;
  /** "Question 3 of 10", read before the prompt by a screen reader that lands on it after Next. */
  /** "Question 3 of 10", read before the prompt (marked with its language where it differs from the content's). */
  progress: unknown;
  answer: Answer | undefined;
  onAnswer(answer: Answer): void;
  /** An order item moved: what to announce, and the button that should keep focus. */
  onMoved(announcement: string, focusSelector: string): void;
  /** Enter in a typed answer: check it in practice mode, go on in a test. */
  onSubmit(): void;
}

/** Options of a match question are lettered, so a closed select can show the letter alone. */
const MATCH_LETTERS = 'ABCDEFGH';

/**
 * The prompt as read: the progress first (sighted readers see it in the progress line), the
 * emphasis of a NOT question in bold, and a blank read as the word "blank" rather than as
 * underscores, which screen readers skip at their default punctuation level.
 */
export function renderPrompt(question: Question, progress: unknown, strings: UiStrings): TemplateResult {
  const mark = gapMarkOf(question);
  const piece = (text: string) => {
    const [before, ...rest] = mark ? text.split(mark) : [text];
    return html`${promptWithEmphasis(before!, question.emphasis)}${rest.length > 0
      ? html`<span aria-hidden="true">${mark}</span><span class="visually-hidden">${strings.blank}</span>${rest.join(mark)}`
      : nothing}`;
  };
  return html`<span class="visually-hidden">${progress}</span>${inRuns(question.prompt, question.promptRuns, piece)}`;
}

const legend = (question: Question, ctx: ControlContext) =>
  html`<legend id=${`prompt-${question.id}`} class="question-prompt" tabindex="-1">${renderPrompt(question, ctx.progress, ctx.strings)}</legend>`;

/** The control for any question: radio buttons, checkboxes, an ordered list, selects or a text field. */
export function renderControl(question: Question, ctx: ControlContext): TemplateResult {
  switch (question.type) {
    case 'select-all':
      return renderSelectAll(question, ctx);
    case 'order':
      return renderOrder(question, ctx);
    case 'match':
      return renderMatch(question, ctx);
    case 'fill-blank':
      return renderFillBlank(question, ctx);
    default:
      return renderSingleChoice(question, ctx);
  }
}

function renderSingleChoice(question: SingleChoiceQuestion, ctx: ControlContext): TemplateResult {
  return html`<fieldset>
    ${legend(question, ctx)}
    ${question.options.map(
      (option) => html`<label class="choice">
        <input
          type="radio"
          name=${ctx.name}
          value=${option.id}
          .checked=${ctx.answer === option.id}
          ?disabled=${ctx.locked}
          @change=${() => ctx.onAnswer(option.id)}
        />
        <span lang=${option.lang ?? nothing}>${option.text}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderSelectAll(question: SelectAllQuestion, ctx: ControlContext): TemplateResult {
  const chosen = new Set(Array.isArray(ctx.answer) ? ctx.answer : []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    ctx.onAnswer(question.options.map((o) => o.id).filter((candidate) => next.has(candidate)));
  };
  return html`<fieldset>
    ${legend(question, ctx)}
    <p class="help">${ctx.strings.selectAllHelp}</p>
    ${question.options.map(
      (option) => html`<label class="choice">
        <input
          type="checkbox"
          name=${ctx.name}
          value=${option.id}
          .checked=${chosen.has(option.id)}
          ?disabled=${ctx.locked}
          @change=${(event: Event) => toggle(option.id, (event.target as HTMLInputElement).checked)}
        />
        <span lang=${option.lang ?? nothing}>${option.text}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderOrder(question: OrderQuestion, ctx: ControlContext): TemplateResult {
  const s = ctx.strings;
  const order = (ctx.answer as string[]).map((id) => question.options.find((option) => option.id === id)!).filter(Boolean);
  const move = (index: number, delta: number) => {
    const next = order.map((option) => option.id);
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    ctx.onAnswer(next);
    const target = index + delta;
    // Focus stays on the button that moved the item, unless the item reached an end and that button is now disabled.
    const edge = target === 0 ? 'down' : target === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    ctx.onMoved(s.movedTo(order[index]!.text, target + 1, order.length), `.order-item:nth-child(${target + 1}) .move-${edge}`);
  };
  return html`<fieldset>
    ${legend(question, ctx)}
    <p class="help">${s.orderHelp}</p>
    <ol class="order-list">
      ${order.map(
        (option, index) => html`<li class="order-item">
          <span class="order-text">${option.text}</span>
          <span class="order-buttons">
            <button class="button move-up" aria-label=${s.moveUp(option.text)} ?disabled=${ctx.locked || index === 0} @click=${() => move(index, -1)}>
              ↑
            </button>
            <button
              class="button move-down"
              aria-label=${s.moveDown(option.text)}
              ?disabled=${ctx.locked || index === order.length - 1}
              @click=${() => move(index, 1)}
            >
              ↓
            </button>
          </span>
        </li>`,
      )}
    </ol>
  </fieldset>`;
}

function renderMatch(question: MatchQuestion, ctx: ControlContext): TemplateResult {
  const answer = ctx.answer;
  const chosen = (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {}) as Record<string, string>;
  // A closed select shows some 30 characters at 320 px: the options are listed in full, lettered,
  // and each select offers the letters (with the text, for a screen reader reading the list box).
  const letter = (index: number) => MATCH_LETTERS[index] ?? String(index + 1);
  return html`<fieldset>
    ${legend(question, ctx)}
    <ol class="match-options">
      ${question.options.map((option, index) => html`<li><span class="match-letter">${letter(index)}</span> ${option.text}</li>`)}
    </ol>
    ${question.items.map((item, index) => {
      const id = `match-${question.id}-${index}`;
      return html`<div class="match-row">
        <label for=${id}>${item.text}</label>
        <select
          id=${id}
          ?disabled=${ctx.locked}
          @change=${(event: Event) => ctx.onAnswer({ ...chosen, [item.id]: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!chosen[item.id]}>${ctx.strings.matchChoose}</option>
          ${question.options.map(
            (option, optionIndex) =>
              html`<option value=${option.id} ?selected=${chosen[item.id] === option.id}>${letter(optionIndex)}. ${option.text}</option>`,
          )}
        </select>
      </div>`;
    })}
  </fieldset>`;
}

function renderFillBlank(question: FillBlankQuestion, ctx: ControlContext): TemplateResult {
  const id = `blank-${question.id}`;
  const promptId = `prompt-${question.id}`;
  return html`<div class="fill-blank">
    <p id=${promptId} class="question-prompt" tabindex="-1">${renderPrompt(question, ctx.progress, ctx.strings)}</p>
    <label for=${id}>${ctx.strings.fillBlankLabel}</label>
    <input
      id=${id}
      type="text"
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${promptId}
      .value=${typeof ctx.answer === 'string' ? ctx.answer : ''}
      ?disabled=${ctx.locked}
      @input=${(event: Event) => ctx.onAnswer((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        // The Enter that confirms an IME conversion (Korean, Japanese) is not a request to check:
        // browsers mark it isComposing, or (WebKit, after compositionend) only keyCode 229.
        if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
        event.preventDefault();
        ctx.onSubmit();
      }}
    />
  </div>`;
}
