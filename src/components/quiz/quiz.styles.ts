import { css } from 'lit';

export const quizStyles = css`
  .quiz {
    max-width: var(--ece-max-width, 48rem);
    margin: 0 auto;
    padding: 0 var(--_space) var(--_space);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  .deep-heading {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
  }
  .mode {
    color: var(--_muted);
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    margin-bottom: var(--_space);
  }
  .progress-text {
    margin: 0;
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_accent);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  legend,
  .question-prompt {
    font-size: 1.125rem;
    font-weight: 600;
    margin-bottom: 0.75rem;
    padding: 0;
  }
  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_accent);
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.2rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .order-list {
    list-style: decimal;
    padding-left: 1.75rem;
    margin: 0;
  }
  .order-item {
    margin: 0.5rem 0;
    padding: 0.25rem 0 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .order-item > * {
    vertical-align: middle;
  }
  .order-text {
    display: inline-block;
    padding: 0.25rem 0.5rem 0.25rem 0;
  }
  .order-buttons {
    display: inline-flex;
    gap: 0.25rem;
    float: inline-end;
    padding-right: 0.25rem;
  }
  .order-item::after {
    content: '';
    display: block;
    clear: both;
  }
  .order-buttons .button {
    padding: 0.25rem 0.5rem;
  }
  .match-options {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 1rem;
  }
  .match-options li {
    display: flex;
    gap: 0.5rem;
    margin: 0.375rem 0;
    overflow-wrap: anywhere;
  }
  .match-letter {
    flex: none;
    min-width: 1.5rem;
    font-weight: 700;
  }
  .match-row {
    display: grid;
    gap: 0.25rem;
    margin: 0.75rem 0;
  }
  .match-row label {
    font-weight: 600;
  }
  select,
  input[type='text'] {
    min-height: 2.75rem;
    width: 100%;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .fill-blank label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .practice {
    margin: var(--_space) 0;
  }
  .practice p {
    margin-top: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_space);
  }
  .feedback,
  .required,
  .unanswered {
    margin-top: var(--_space);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
  }
  .feedback.is-correct,
  .review-item.is-correct {
    border-color: var(--_correct);
  }
  .feedback.is-partial,
  .review-item.is-partial {
    border-color: var(--_correct);
    border-style: dashed;
  }
  .feedback.is-incorrect,
  .review-item.is-incorrect,
  .required,
  .unanswered {
    border-color: var(--_incorrect);
  }
  .verdict {
    font-weight: 700;
    margin-top: 0;
  }
  .is-correct .mark,
  .is-partial .mark {
    color: var(--_correct);
  }
  .is-incorrect .mark {
    color: var(--_incorrect);
  }
  .by-theme {
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  .by-theme caption {
    text-align: start;
    font-weight: 700;
  }
  .by-theme th,
  .by-theme td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.75rem;
    text-align: start;
  }
  .score {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .result-code-panel {
    margin: var(--_space) 0;
  }
  .result-code-title {
    margin-top: 0;
  }
  .result-code {
    display: inline-block;
    font-size: 1.25rem;
    font-family: ui-monospace, 'Cascadia Mono', 'Noto Sans Mono', monospace;
    letter-spacing: 0.05em;
    word-break: break-all;
    user-select: all;
  }
  .name-label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .copy-status {
    min-height: 1.5em;
    margin: 0.25rem 0 0;
  }
  .review {
    padding-left: 1.5rem;
  }
  .review-item {
    margin: 0 0 var(--_space);
    padding: 0.5rem var(--_space);
    border-left: 4px solid var(--_border);
  }
  .review-prompt {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .feedback,
    .review-item,
    .choice {
      border-color: CanvasText;
    }
  }
`;
