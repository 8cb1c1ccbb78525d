import { css } from 'lit';

/** The styles of ece-timeline (the shared base and source-link styles come with the element). */
export const timelineStyles = css`
  :host {
    background: transparent;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
    margin-bottom: var(--_space);
  }
  /* The "show all" toggle is a button like the events': same box, accent border when on. */
  .show-all {
    padding: 0.5rem 0.875rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  select {
    min-height: 2.75rem;
    min-width: 12rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .year {
    position: relative;
    padding-left: 2rem;
    border-left: 3px solid var(--_accent);
    margin-left: 0.5rem;
    padding-bottom: 0.5rem;
  }
  .year-label {
    font-size: 1.25rem;
    font-weight: 700;
    margin: 0 0 0.25rem;
    line-height: 1.2;
  }
  .event {
    position: relative;
    margin: 0 0 0.5rem;
  }
  .marker {
    position: absolute;
    left: calc(-2rem - 0.5rem - 1.5px);
    top: 0.85rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_background);
    border: 3px solid var(--_accent);
  }
  .event-toggle,
  .show-all {
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .event-toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    text-align: start;
  }
  .event-toggle[aria-expanded='true'],
  .show-all[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  .event-toggle[aria-expanded='true'] + .details {
    border-color: var(--_accent);
  }
  /* Open or pressed is shown by a mark too, not only by the border's colour. */
  .state {
    flex: none;
    width: 1ch;
  }
  time {
    font-weight: 700;
    color: var(--_accent);
    white-space: nowrap;
  }
  .details {
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_border);
    margin: 0.25rem 0 0 0.5rem;
  }
  .details p {
    margin: 0 0 0.5rem;
  }
  .actors {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .empty {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .year,
    .marker {
      border-color: CanvasText;
    }
    time {
      color: CanvasText;
    }
  }
  @media print {
    .details[hidden] {
      display: block !important;
    }
  }
`;
