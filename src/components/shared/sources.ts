/** Rendering sources as safe links. */
import { html, css, nothing } from 'lit';
import type { Content, Source } from '../../core/content/schema.js';
import { isHttpUrl } from '../../core/content/checks.js';
import { formatPartialDate } from '../../core/dates.js';
import type { UiStrings } from '../../i18n/strings.js';

export const sourceLinkStyles = css`
  .source-links {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .source-links li {
    margin: 0.25rem 0;
  }
  .publisher {
    color: var(--_muted);
  }
`;

/** A source's title as a link that opens safely in a new tab (http(s) only, else plain text). */
export function renderSourceLink(source: Source, strings: UiStrings, language: string) {
  const meta = strings.sourcePublished(source.publisher, source.date ? formatPartialDate(source.date, language) : undefined);
  const title = isHttpUrl(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
        >${source.title}<span class="visually-hidden"> ${strings.opensInNewTab}</span></a
      >`
    : html`${source.title}`;
  return html`${title} <span class="publisher">(${meta})</span>`;
}

/** A short list of the given sources, for timeline events, outcomes and feedback. */
export function renderSourceLinks(content: Content, ids: readonly string[], strings: UiStrings) {
  const sources = ids.map((id) => content.sources.find((source) => source.id === id)).filter((s): s is Source => !!s);
  if (sources.length === 0) return nothing;
  return html`<ul class="source-links" aria-label=${strings.sources}>
    ${sources.map((source) => html`<li>${renderSourceLink(source, strings, content.language)}</li>`)}
  </ul>`;
}
