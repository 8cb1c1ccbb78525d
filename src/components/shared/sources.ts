/** Rendering sources as safe links. */
import { html, css, nothing } from 'lit';
import type { Content, Source } from '../../core/content/schema.js';
import { SOURCE_KINDS, type SourceKind } from '../../core/content/source-kinds.js';
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
  .more-sources summary {
    cursor: pointer;
    font-size: 0.9375rem;
  }
  .publisher,
  .source-note {
    color: var(--_muted);
  }
`;

/** A source's title as a link that opens safely in a new tab (http(s) only, else plain text). */
export function renderSourceLink(source: Source, strings: UiStrings, language: string) {
  const meta = strings.sourcePublished(source.publisher, source.date ? formatPartialDate(source.date, language) : undefined);
  const title = isHttpUrl(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
        ><span lang=${source.lang ?? nothing}>${source.title}</span><span class="visually-hidden"> ${strings.opensInNewTab}</span></a
      >`
    : html`<span lang=${source.lang ?? nothing}>${source.title}</span>`;
  return html`${title} <span class="publisher">(${meta})</span>`;
}

/** A source as the full source list shows it: the link, then the remark about it, if any. */
export function renderSourceEntry(source: Source, strings: UiStrings, language: string) {
  return html`${renderSourceLink(source, strings, language)}${source.note ? html` <span class="source-note">${source.note}</span>` : nothing}`;
}

/** Sources grouped by the kind of body behind them, in the order the source policy prefers; unkinded last. */
export function groupSourcesByKind<T extends Source>(sources: readonly T[]): { kind: SourceKind | 'other'; sources: T[] }[] {
  const order: (SourceKind | 'other')[] = [...SOURCE_KINDS, 'other'];
  return order
    .map((kind) => ({ kind, sources: sources.filter((source) => (source.kind ?? 'other') === kind) }))
    .filter((group) => group.sources.length > 0);
}

/** More sources than this in one place are folded away, so the next action is not far behind a row of links. */
const SHOWN_SOURCES = 3;

/**
 * A short list of the given sources, for timeline events, outcomes and feedback. A longer one (an
 * order question cites every event's sources) is folded into a "Sources (n)" disclosure: a keyboard
 * user reaches Next with one stop instead of a dozen links.
 */
export function renderSourceLinks(content: Content, ids: readonly string[], strings: UiStrings) {
  const sources = ids.map((id) => content.sources.find((source) => source.id === id)).filter((s): s is Source => !!s);
  if (sources.length === 0) return nothing;
  const list = html`<ul class="source-links" aria-label=${strings.sources}>
    ${sources.map((source) => html`<li>${renderSourceLink(source, strings, content.language)}</li>`)}
  </ul>`;
  if (sources.length <= SHOWN_SOURCES) return list;
  return html`<details class="more-sources">
    <summary>${strings.sources} (${sources.length})</summary>
    ${list}
  </details>`;
}
