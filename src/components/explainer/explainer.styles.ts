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
  h6 {
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
  @media (max-width: 30rem) {
    .key-date {
      grid-template-columns: 1fr;
      margin-bottom: 0.5rem;
    }
  }
  .table-wrap {
    overflow-x: auto;
    margin: 1rem 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 18rem;
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
  .all-sources > summary {
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 0;
    font-weight: 600;
    color: var(--_accent);
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
`;
