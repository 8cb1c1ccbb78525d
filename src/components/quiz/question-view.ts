/**
 * The parts of a question screen around its control: where the learner is, and the buttons
 * that move on (Previous, Check, Next, Finish or See results), by mode and position.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import { chrome } from '../shared/render.js';

/** "Question 3 of 10", the round after a retry, and a progress bar that says the same. */
export function renderProgress(s: UiStrings, position: number, total: number, round: number, contentLanguage = s.language): TemplateResult {
  const ui = (text: unknown) => chrome(s, contentLanguage, text);
  return html`<div class="progress" part="progress">
    <p class="progress-text" id="progress-text">${ui(s.questionOf(position + 1, total))}${round > 1 ? html` · ${ui(s.roundLine(round))}` : nothing}</p>
    <progress max=${total} .value=${position + 1} aria-label=${s.progressLabel} aria-valuetext=${s.questionOf(position + 1, total)}></progress>
  </div>`;
}

export interface QuestionActionState {
  position: number;
  last: boolean;
  practice: boolean;
  /** Practice mode: the current answer has been checked. */
  checked: boolean;
  /** Test mode: Finish was pressed with questions unanswered, and waits for a second press. */
  confirmFinish: boolean;
}

/**
 * Practice mode: Check, then Next (or See results on the last question). Test mode: Next and
 * Finish throughout, so a learner may hand in early. Previous from the second question on.
 */
export function renderQuestionActions(
  s: UiStrings,
  { position, last, practice, checked, confirmFinish }: QuestionActionState,
  on: { go(position: number): void; check(): void; finish(): void },
  contentLanguage = s.language,
): TemplateResult {
  const ui = (text: unknown) => chrome(s, contentLanguage, text);
  const canFinish = (!practice && (last || confirmFinish)) || (practice && checked && last) || (!practice && !last);
  return html`<div class="actions">
    ${position > 0 ? html`<button class="button" @click=${() => on.go(position - 1)}>${ui(s.previous)}</button>` : nothing}
    ${practice && !checked ? html`<button class="button primary" @click=${() => on.check()}>${ui(s.check)}</button>` : nothing}
    ${(!practice || checked) && !last ? html`<button class="button ${practice ? 'primary' : ''}" @click=${() => on.go(position + 1)}>${ui(s.next)}</button>` : nothing}
    ${canFinish ? html`<button class="button ${!practice && !last ? '' : 'primary'}" @click=${() => on.finish()}>${ui(practice ? s.seeResults : s.finish)}</button>` : nothing}
  </div>`;
}
