import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Content, TimelineEvent } from '../../core/content/schema.js';
import { compareDates, formatPartialDate, parsePartialDate } from '../../core/dates.js';
import { en, type UiStrings } from '../../i18n/strings.js';
import { baseStyles } from '../shared/styles.js';
import { chrome, chromeLanguage, heading } from '../shared/render.js';
import { renderSourceLinks, sourceLinkStyles } from '../shared/sources.js';
import { timelineStyles } from './timeline.styles.js';

/**
 * An interactive timeline of the content's dated events: chronological, grouped
 * by year, filterable by actor and theme, each event expandable. Arrow keys,
 * Home and End move between events.
 *
 * @tag ece-timeline
 * @summary The content's dated events by year, filterable and keyboard-navigable.
 * @csspart base - The timeline wrapper.
 * @csspart filters - The filter controls.
 * @csspart event - Each event.
 * @cssprop --ece-color-accent - The line and markers.
 */
@customElement('ece-timeline')
export class EceTimeline extends LitElement {
  static override styles = [baseStyles, sourceLinkStyles, timelineStyles];

  @state() private actorFilter = '';
  @state() private themeFilter = '';
  @state() private expanded = new Set<string>();
  @state() private activeId?: string;
  /** Whether every event is listed, or (the default, when the content marks key dates) only the key ones. */
  @state() private showAll = false;

  /** The content whose events are shown. */
  @property({ attribute: false }) content?: Content;
  /** UI strings of the current language. */
  @property({ attribute: false }) strings: UiStrings = en;
  /** Level of the year headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;
  /** Forces `light` or `dark`; by default the system setting decides. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';
  /** Prefix for element ids, so several instances never collide. */
  @property({ attribute: 'id-prefix' }) idPrefix = '';

  private visibleEvents(): TimelineEvent[] {
    if (!this.content) return [];
    const keyOnly = !this.showAll && this.content.events.some((event) => event.keyDate);
    return this.content.events
      .filter(
        (event) =>
          (!keyOnly || event.keyDate === true) &&
          (!this.actorFilter || (event.actors ?? []).includes(this.actorFilter)) &&
          (!this.themeFilter || event.theme === this.themeFilter),
      )
      .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  }

  private toggle(id: string) {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
    this.activeId = id;
  }

  private onKeydown(event: KeyboardEvent, visible: TimelineEvent[], index: number) {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: visible.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = visible[Math.max(0, Math.min(visible.length - 1, target))];
    if (!next) return;
    this.activeId = next.id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#${CSS.escape(this.buttonId(next.id))}`)?.focus(),
    );
  }

  private buttonId(eventId: string) {
    return `${this.idPrefix}event-${eventId}`;
  }

  /** The filters by actor and theme, the "show all" toggle and the count of events shown. */
  private renderFilters(content: Content, shown: number) {
    const s = this.strings;
    // Interface words in content of another language are marked with their own language.
    const ui = (text: unknown) => chrome(s, content.language, text);
    const uiLang = chromeLanguage(s, content.language);
    const usedActors = content.actors.filter((actor) => content.events.some((event) => event.actors?.includes(actor.id)));
    return html`<div class="filters no-print" part="filters">
        <label
          >${ui(s.filterByActor)}
          <select @change=${(e: Event) => (this.actorFilter = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.actorFilter === ''} lang=${uiLang}>${s.all}</option>
            ${usedActors.map((actor) => html`<option value=${actor.id} ?selected=${this.actorFilter === actor.id}>${actor.name}</option>`)}
          </select>
        </label>
        <label
          >${ui(s.filterByTheme)}
          <select @change=${(e: Event) => (this.themeFilter = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.themeFilter === ''} lang=${uiLang}>${s.all}</option>
            ${content.themes.map((theme) => html`<option value=${theme.id} ?selected=${this.themeFilter === theme.id}>${theme.title}</option>`)}
          </select>
        </label>
        ${content.events.some((event) => event.keyDate)
          ? html`<button type="button" class="show-all" aria-pressed=${this.showAll ? 'true' : 'false'} @click=${() => (this.showAll = !this.showAll)}>
              <span class="state" aria-hidden="true">${this.showAll ? '☑' : '☐'}</span> ${ui(s.showAllEvents(content.events.length))}
            </button>`
          : nothing}
        <p class="count" role="status" lang=${uiLang}>${s.eventsShown(shown)}</p>
      </div>`;
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const s = this.strings;
    const visible = this.visibleEvents();
    const active = visible.some((event) => event.id === this.activeId) ? this.activeId : visible[0]?.id;
    const years = new Map<number, TimelineEvent[]>();
    for (const event of visible) {
      const year = parsePartialDate(event.date).year;
      years.set(year, [...(years.get(year) ?? []), event]);
    }
    const actorName = (id: string) => content.actors.find((actor) => actor.id === id)?.name ?? id;
    const helpId = `${this.idPrefix}timeline-help`;
    const uiLang = chromeLanguage(s, content.language);

    return html`<div part="base" class="timeline">
      ${this.renderFilters(content, visible.length)}
      <p id=${helpId} class="help" lang=${uiLang}>${s.timelineHelp}</p>
      ${visible.length === 0 ? html`<p class="empty" lang=${uiLang}>${s.noEvents}</p>` : nothing}
      <ol class="years">
        ${[...years].map(
          ([year, events]) => html`<li class="year">
            ${heading(this.headingLevel, String(year), { className: 'year-label' })}
            <ol class="events">
              ${events.map((event) => {
                const index = visible.indexOf(event);
                const open = this.expanded.has(event.id);
                const detailsId = `${this.idPrefix}event-details-${event.id}`;
                return html`<li class="event" part="event">
                  <span class="marker" aria-hidden="true"></span>
                  <button
                    id=${this.buttonId(event.id)}
                    class="event-toggle"
                    aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${detailsId}
                    aria-describedby=${helpId}
                    tabindex=${event.id === active ? '0' : '-1'}
                    @click=${() => this.toggle(event.id)}
                    @keydown=${(e: KeyboardEvent) => this.onKeydown(e, visible, index)}
                    @focus=${() => (this.activeId = event.id)}
                  >
                    <span class="state" aria-hidden="true">${open ? '▾' : '▸'}</span>
                    <time datetime=${event.date}>${formatPartialDate(event.date, content.language)}</time>
                    <span class="title">${event.title}</span>
                  </button>
                  <div id=${detailsId} class="details" ?hidden=${!open}>
                    <p>${event.description}</p>
                    ${event.actors?.length ? html`<p class="actors">${event.actors.map(actorName).join(' · ')}</p>` : nothing}
                    ${renderSourceLinks(content, event.sources, s)}
                  </div>
                </li>`;
              })}
            </ol>
          </li>`,
        )}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ece-timeline': EceTimeline;
  }
}
