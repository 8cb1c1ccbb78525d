import { css } from 'lit';

/** The dark palette: used when the system prefers dark, or when `color-scheme="dark"` forces it. */
const darkTokens = css`
  --_text: var(--ece-color-text, #e6e9ee);
  --_muted: var(--ece-color-muted, #b4bcc8);
  --_background: var(--ece-color-background, #14171c);
  --_surface: var(--ece-color-surface, #1f242c);
  --_border: var(--ece-color-border, #7d8796);
  --_accent: var(--ece-color-accent, #a8c7fa);
  --_accent-text: var(--ece-color-accent-text, #0b1d3a);
  --_correct: var(--ece-color-correct, #7dd99a);
  --_incorrect: var(--ece-color-incorrect, #ffb4ab);
  --_focus: var(--ece-color-focus, #a8c7fa);
  color-scheme: dark;
`;

/**
 * Design tokens and base rules shared by every element. Page authors theme
 * through the documented `--ece-*` custom properties; light and dark follow
 * the system unless `color-scheme` forces one.
 */
export const baseStyles = css`
  :host {
    --_text: var(--ece-color-text, #1b1f24);
    --_muted: var(--ece-color-muted, #4a5361);
    --_background: var(--ece-color-background, #ffffff);
    --_surface: var(--ece-color-surface, #f3f5f8);
    --_border: var(--ece-color-border, #8a94a3);
    --_accent: var(--ece-color-accent, #0b57d0);
    --_accent-text: var(--ece-color-accent-text, #ffffff);
    --_correct: var(--ece-color-correct, #146c2e);
    --_incorrect: var(--ece-color-incorrect, #b3261e);
    --_focus: var(--ece-color-focus, #0b57d0);
    --_font: var(--ece-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', 'Noto Sans CJK JP', sans-serif);
    --_font-size: var(--ece-font-size, 1rem);
    --_space: var(--ece-space, 1rem);
    --_radius: var(--ece-radius, 0.5rem);
    --_motion: 160ms;
    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.6;
    color-scheme: light;
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${darkTokens}
    }
  }
  :host([color-scheme='dark']) {
    ${darkTokens}
  }
  /* Korean breaks lines between words, not inside them (overflow-wrap still stops overflow). */
  [lang='ko'],
  [lang^='ko-'] {
    word-break: keep-all;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_accent);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  .button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .help {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  /* A heading below h6 (see heading()): looks like one. */
  .deep-heading {
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .error-panel {
    border: 2px solid var(--_incorrect);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  @media (forced-colors: active) {
    .button,
    .panel,
    .error-panel {
      border-color: CanvasText;
    }
    .button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
  }
  @media print {
    button,
    select,
    .no-print {
      display: none !important;
    }
  }
`;
