import { css } from 'lit';

export const explainerStyles = css`
  article {
    max-width: var(--ece-max-width, 48rem);
    margin: 0 auto;
    padding: 0 var(--_space);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  .deep-heading {
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
    scroll-margin-top: 1rem;
  }
  header > :first-child {
    margin-top: 0.5em;
  }
  .summary {
    font-size: 1.125rem;
  }
  .reviewed {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  nav {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
    background: var(--_surface);
  }
  .toc-title {
    margin: 0 0 0.25rem;
  }
  nav ol {
    margin: 0;
    padding-left: 1.25rem;
  }
  nav li {
    margin: 0.25rem 0;
  }
  nav a {
    padding: 0.125rem 0;
    line-height: 1.5;
  }
  nav a[aria-current='true'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  nav a[aria-current='true']::before {
    content: '▸ ';
  }
  section {
    scroll-margin-top: 1rem;
  }
  .term {
    display: inline;
    min-height: 1.5rem;
    padding: 0 0.125rem;
    border: none;
    border-bottom: 2px dotted var(--_accent);
    background: transparent;
    color: inherit;
    cursor: pointer;
    text-align: inherit;
    line-height: inherit;
  }
  .term[aria-expanded='true'] {
    background: var(--_surface);
    border-bottom-style: solid;
  }
  .definition {
    display: inline;
    margin: 0 0.25rem;
    padding: 0.125rem 0.375rem;
    border-left: 3px solid var(--_accent);
    background: var(--_surface);
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  /* Citation runs may wrap between citations: kept on one line they can be wider than a 320 px screen. */
  .citations {
    white-space: normal;
  }
  .citation {
    display: inline-block;
    min-width: 1.5rem;
    min-height: 1.5rem;
    text-align: center;
    font-size: 0.875rem;
    vertical-align: baseline;
  }
  .position {
    margin: 1rem 0;
    padding: 0.5rem var(--_space);
    border-left: 4px solid var(--_border);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .position-label {
    margin: 0;
    font-weight: 700;
    color: var(--_muted);
  }
  .position p:last-child {
    margin-top: 0.25rem;
  }
  .group,
  .key-dates {
    margin: 1rem 0;
    padding: 0.5rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group-name,
  .key-dates-title {
    margin: 0.25rem 0;
  }
  .capitalize {
    display: inline-block;
  }
  .capitalize::first-letter {
    text-transform: uppercase;
  }
  .group ul {
    margin: 0.25rem 0;
  }
  .key-dates dl {
    margin: 0.25rem 0;
  }
  .key-date {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0 1rem;
  }
  .key-date dd {
    margin: 0;
  }
  .key-date dt {
    font-weight: 600;
  }
  /* Narrow: the date runs into its event ("28 August 2019 – …"), a line saved per key date. */
  @media (max-width: 30rem) {
    .key-date {
      display: block;
      margin-bottom: 0.375rem;
    }
    .key-date dt,
    .key-date dd {
      display: inline;
    }
    .key-date dt::after {
      content: ' – ' / '';
      font-weight: 400;
    }
  }
  .table-wrap {
    overflow-x: auto;
    margin: 1rem 0;
    container: comparison / inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 18rem;
  }
  /* Words break only where they would overflow on their own (a long word in a narrow column), never
     to squeeze a column: "anywhere" let the table shrink row headers to "decide|s". */
  th,
  td {
    overflow-wrap: break-word;
  }
  /* Narrow: one block per row, each cell under its column's name (any number of columns). */
  @container comparison (max-width: 36rem) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
      min-width: 0;
    }
    thead tr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border: 1px solid var(--_border);
      margin-bottom: 0.75rem;
    }
    tbody th,
    tbody td {
      border: 0;
    }
    tbody td::before {
      content: attr(data-column);
      display: block;
      font-weight: 600;
    }
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  tbody th {
    background: var(--_surface);
    font-weight: 600;
  }
  .table-sources {
    font-size: 0.9375rem;
  }
  ece-decision-walk,
  ece-timeline {
    margin: 1rem 0;
  }
  .glossary-entry {
    margin-bottom: 0.75rem;
  }
  .glossary dt {
    font-weight: 700;
  }
  .glossary dd {
    margin: 0;
  }
  .explained-in {
    display: inline-block;
    font-size: 0.9375rem;
    min-height: 1.5rem;
  }
  .sources li {
    margin-bottom: 0.5rem;
  }
  /* Shown only when it has keyboard focus, as the first stop on the page. */
  .skip-link {
    margin: 0;
  }
  .skip-link a:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip-link a:focus {
    display: inline-block;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
  }
  .key-point {
    font-size: 1.0625rem;
    border-left: 4px solid var(--_accent);
    padding: 0.25rem 0 0.25rem 0.75rem;
  }
  details.deeper,
  details.teacher-box {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space);
    margin: 1rem 0;
  }
  /* Every collapsible part (sources, "go deeper", the teacher box) opens from a summary that looks like a link. */
  .all-sources > summary,
  details.deeper > summary,
  details.teacher-box > summary {
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.625rem 0;
    font-weight: 600;
    color: var(--_accent);
  }
  .figure {
    margin: 1.25rem 0;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .figure figcaption {
    margin-bottom: 0.75rem;
  }
  /* Bar charts: colours from the theme, so dark mode follows; forced colours below. */
  .bar-chart {
    display: block;
    overflow: visible;
  }
  .bar-chart text {
    fill: var(--_text);
    font: inherit;
    font-size: 0.9375rem;
  }
  .bar-chart .bar-value {
    font-weight: 700;
  }
  .bar-chart .bar-value.inside {
    fill: var(--_accent-text);
  }
  .bar-chart .bar-track {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .bar-chart .bar {
    fill: var(--_accent);
  }
  .bar-axis {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .figure-data-toggle {
    margin: 0.5rem 0 0;
  }
  /* Two columns fit any width: not a .table-wrap, whose container turns tables into blocks when narrow. */
  .figure-data {
    overflow-x: auto;
  }
  .figure-data table {
    border-collapse: collapse;
    margin-top: 0.5rem;
  }
  .figure-data caption {
    text-align: start;
    font-weight: 600;
  }
  .figure-data th,
  .figure-data td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  @media (forced-colors: active) {
    .bar-chart text {
      fill: CanvasText;
    }
    .bar-chart .bar-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar-chart .bar {
      fill: Highlight;
    }
    .bar-chart .bar-value.inside {
      fill: HighlightText;
    }
  }
  @media print {
    /* On paper the numbers are always there, and there is nothing to press. */
    .figure-data[hidden] {
      display: block !important;
    }
    .figure-data-toggle {
      display: none;
    }
  }
  .flow-steps,
  .state-steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0;
    align-items: stretch;
  }
  .flow-steps > li,
  .state-steps > li {
    display: flex;
    flex-direction: column;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  /* Arrows between steps are decoration: the list order already says "then". */
  .flow-steps > li + li,
  .state-steps > li + li {
    margin-left: 1.75rem;
    position: relative;
  }
  .flow-steps > li + li::before,
  .state-steps > li + li::before {
    content: '→' / '';
    position: absolute;
    left: -1.375rem;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_muted);
  }
  .step-label {
    font-weight: 600;
  }
  .step-detail,
  .state-steps time {
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  .state-row {
    margin: 0 0 0.75rem;
  }
  .state-row dt {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .state-row dd {
    margin: 0;
  }
  .discussion {
    margin: 1.5rem 0;
    padding: 0.25rem var(--_space) 0.75rem;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .discussion > :first-child {
    margin-top: 0.75rem;
  }
  .source-kind {
    font-size: 1rem;
    margin: 1rem 0 0.5rem;
  }
  .content-errors code {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .term {
      border-bottom-color: LinkText;
    }
    .definition,
    .position {
      border-color: CanvasText;
    }
  }
  @media print {
    nav,
    .skip-link,
    .citations,
    .all-sources > summary {
      display: none;
    }
    .definition[hidden] {
      display: inline !important;
    }
    .term {
      border: none;
      font-weight: 600;
    }
    article {
      max-width: none;
    }
  }
  /* The way back after a jump: stays in view at the bottom while the reader is in the explainer. */
  .return-bar {
    position: sticky;
    bottom: 0.75rem;
    display: flex;
    justify-content: flex-end;
    margin-top: 1rem;
    pointer-events: none;
  }
  .return-bar .button {
    pointer-events: auto;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  @media print {
    .return-bar {
      display: none;
    }
  }
`;
