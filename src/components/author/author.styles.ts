import { css } from 'lit';

/** The styles of ece-author (the shared base styles come with the element). */
export const authorStyles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: var(--_space);
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .drop.over {
    border-color: var(--_accent);
  }
  textarea {
    width: 100%;
    min-height: 14rem;
    font-family: ui-monospace, monospace;
    font-size: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    padding: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .problems li,
  .findings li {
    margin-bottom: 0.5rem;
  }
  code {
    overflow-wrap: anywhere;
  }
  .bad {
    color: var(--_incorrect);
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  .preview {
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
  }
`;
