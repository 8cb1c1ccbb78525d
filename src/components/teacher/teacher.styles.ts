import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

/** The teacher page's layout: fieldsets, fields with GOV.UK-style errors, the class results tables. */
export const teacherStyles = [
  baseStyles,
  css`
    /* Wider than the reading pages: a desktop tool whose class tables have seven columns. */
    :host {
      max-width: 64rem;
      margin: 0 auto;
      padding: var(--_space);
    }
    h1 {
      margin-top: 0;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 var(--_space);
      padding: 0.5rem var(--_space) var(--_space);
    }
    legend {
      font-weight: 700;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: 0.25rem 1rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-height: 2.75rem;
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin-bottom: var(--_space);
    }
    .field label,
    .field .label {
      font-weight: 600;
    }
    input[type='text'],
    input[type='number'],
    select,
    textarea {
      min-height: 2.75rem;
      max-width: 100%;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      font: inherit;
      color: inherit;
    }
    textarea {
      width: 100%;
      min-height: 8rem;
      font-family: ui-monospace, monospace;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .help {
      color: var(--_muted);
      margin: 0;
    }
    pre {
      white-space: pre-wrap;
      word-break: break-all;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      margin: 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 0.5rem 0 var(--_space);
    }
    caption {
      text-align: start;
      font-weight: 700;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.25rem 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    progress {
      width: 8rem;
      accent-color: var(--_accent);
    }
    /* Seven columns of figures and words: each keeps a readable width and the table scrolls sideways in its
       wrapper when the page is narrower, rather than breaking words letter by letter. */
    .per-question {
      min-width: 58rem;
    }
    .per-question th[scope='row'] {
      width: 28%;
      min-width: 14rem;
    }
    .per-question td {
      min-width: 6.5rem;
    }
    .per-question td.flags {
      min-width: 12rem;
    }
    .per-question td.discrimination {
      min-width: 8rem;
    }
    .per-question progress {
      display: block;
      width: 100%;
      max-width: 6rem;
    }
    /* A content path such as decisionTree.scenarios[3] has no spaces: let it break rather than widen the table. */
    .item-links code {
      overflow-wrap: anywhere;
    }
    /* An input error, as GOV.UK shows one: the message above the field, bold, with a bar beside the field. */
    .error {
      color: var(--_incorrect);
      font-weight: 700;
      margin: 0 0 0.25rem;
    }
    input[aria-invalid='true'] {
      border-width: 3px;
      outline: 3px solid transparent;
    }
    .status-bad {
      color: var(--_incorrect);
      font-weight: 600;
    }
    .note {
      border-left: 4px solid var(--_accent);
      padding: 0.5rem var(--_space);
      background: var(--_surface);
    }
    .table-wrap {
      overflow-x: auto;
    }
  `,
];
