/**
 * Spaced practice on the quiz's screens: how many earlier-missed questions are due, a button that
 * starts a round of them, the schedule in words, and "Forget my progress". Pure: the element passes
 * what the session controller counted and its handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';

export interface PracticeState {
  /** Items due today or earlier. */
  due: number;
  /** Questions a round would ask now (at most `PRACTICE_ROUND_MAX`; 0 when no due item can be asked). */
  questions: number;
  /** Items in the record, due or not. */
  recorded: number;
}

/** `whenDue`: only when a round can start now (above a quiz not yet begun); otherwise also the schedule and forgetting. */
export function renderPractice(s: UiStrings, state: PracticeState, on: { practise(): void; forget(): void }, lang: string, whenDue = false): TemplateResult | typeof nothing {
  if (state.recorded === 0 || (whenDue && state.questions === 0)) return nothing;
  return html`<div class="practice panel" lang=${lang} role="group" aria-labelledby="practice-text">
    <p id="practice-text">${state.questions > 0 ? s.practiceDue(state.due) : nothing} ${s.practiceSchedule}</p>
    <div class="actions">
      ${state.questions > 0 ? html`<button class="button primary practise" @click=${() => on.practise()}>${s.practiseNow(state.questions)}</button>` : nothing}
      <button class="button forget-progress" @click=${() => on.forget()}>${s.forgetProgress}</button>
    </div>
  </div>`;
}
