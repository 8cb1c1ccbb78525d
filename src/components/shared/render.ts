/** Small pure render helpers shared by the elements. Content is always bound as text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentState } from './content-source.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { Question } from '../../core/questions/types.js';
import type { TextRun } from '../../core/questions/templates/runs.js';

/**
 * A real heading element of a computed level, so host pages keep their outline. Below h6 (an
 * element placed at heading-level 5 has sub-headings at 7 and 8) it is an ARIA heading of the true
 * level rather than a sixth h6, so the relative structure survives any starting level.
 */
export function heading(level: number, content: unknown, attrs: { id?: string; className?: string } = {}): TemplateResult {
  const id = attrs.id ?? nothing;
  const cls = attrs.className ?? nothing;
  if (level > 6) {
    return html`<p role="heading" aria-level=${Math.round(level)} id=${id} class="deep-heading ${attrs.className ?? ''}" tabindex="-1">${content}</p>`;
  }
  switch (Math.max(1, level)) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex="-1">${content}</h6>`;
  }
}

/** The loading, network-error and invalid-content states every element shows the same way. */
export function renderContentState(state: ContentState, strings: UiStrings, onRetry: () => void): TemplateResult | undefined {
  switch (state.status) {
    case 'loading':
      return html`<p class="loading" role="status">${strings.loading}</p>`;
    case 'network-error':
      return html`<div class="error-panel" role="alert" part="error">
        <p>${strings.loadFailed(state.detail)}</p>
        <button class="button" @click=${onRetry}>${strings.retry}</button>
      </div>`;
    case 'invalid':
      return html`<div class="error-panel" role="alert" part="error">
        <p>${strings.invalidContent(state.errors.length)}</p>
        <ul class="content-errors">
          ${state.errors.map((error) => html`<li><code>${error.path || '(file)'}</code> ${error.message}</li>`)}
        </ul>
      </div>`;
    default:
      return undefined;
  }
}

/** Reads the heading-level attribute safely (default 2, clamped to 1–6). */
export const clampLevel = (value: number | undefined): number =>
  Number.isFinite(value) ? Math.min(6, Math.max(1, Math.round(value as number))) : 2;

/**
 * A question's prompt with its `emphasis` (the negation of a NOT question) in bold, so a reader who
 * skims does not miss it; bound as text like every content string.
 */
export function promptWithEmphasis(prompt: string, emphasis: string | undefined): TemplateResult | string {
  const at = emphasis ? prompt.indexOf(emphasis) : -1;
  if (!emphasis || at < 0) return prompt;
  return html`${prompt.slice(0, at)}<strong class="emphasis">${emphasis}</strong>${prompt.slice(at + emphasis.length)}`;
}

/**
 * Text the generator wrote from borrowed wording (`promptRuns`, `explanationRuns`: English question
 * words around French content): the wording's words marked with their language. `piece` renders
 * each stretch (the prompt's emphasis, a blank).
 */
export function inRuns(text: string, runs: readonly TextRun[] | undefined, piece: (text: string) => unknown = (plain) => plain): unknown {
  return runs ? runs.map((run) => (run.lang ? html`<span lang=${run.lang}>${piece(run.text)}</span>` : piece(run.text))) : piece(text);
}

/** A question's prompt as shown: in its runs, with its emphasis in bold. */
export const questionPrompt = (question: Pick<Question, 'prompt' | 'promptRuns' | 'emphasis'>) => inRuns(question.prompt, question.promptRuns, (text) => promptWithEmphasis(text, question.emphasis));

/** Whether two language tags name the same language (`en-GB` and `en` do). */
const sameLanguage = (a: string, b: string) => a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0];

/**
 * Interface text inside content of another language: a French content file is shown with English
 * interface strings (there are none in French), so those words are marked English, and a screen
 * reader reads "Contents" in English inside a page it reads in French.
 */
export function chrome(strings: { language: string }, contentLanguage: string, text: unknown): unknown {
  return sameLanguage(strings.language, contentLanguage) ? text : html`<span lang=${strings.language}>${text}</span>`;
}

/** The language dates and numbers in interface sentences follow: the strings' own, unless they are the content's. */
export const chromeLanguage = (strings: { language: string }, contentLanguage: string) => (sameLanguage(strings.language, contentLanguage) ? contentLanguage : strings.language);
