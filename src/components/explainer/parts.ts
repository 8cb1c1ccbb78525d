/**
 * The explainer's parts that need nothing from the element but a few callbacks: the data derived
 * from the content (citation numbers, sorted glossary, grouped sources), and pure render functions
 * for citations, figures, the comparison table, a section's key dates and "in brief" lists, the
 * teacher box, the glossary and the source list.
 */
import { html, isServer, nothing, svg, type TemplateResult } from 'lit';
import type { Content, Figure, Paragraph, Source, Term as GlossaryTerm } from '../../core/content/schema.js';
import { compareDates, formatPartialDate } from '../../core/dates.js';
import { readingMinutes } from '../../core/content/reading-time.js';
import type { UiStrings } from '../../i18n/strings.js';
import { chrome, heading } from '../shared/render.js';
import { groupSourcesByKind, renderSourceEntry } from '../shared/sources.js';

/**
 * On buttons that only the script makes work: prerendered (on the server) they say they are not
 * available yet, rather than doing nothing when pressed; in the browser the attribute is absent.
 */
const untilScript = isServer ? 'true' : nothing;

/** What the explainer shows that is computed from the content once, not on every render. */
export interface DerivedContent {
  /** Source id → its number, in order of first citation, so the source list reads in the order of the text. */
  numbers: Map<string, number>;
  /** Grouped by who stands behind them; in each group, in citation order. */
  sourceGroups: ReturnType<typeof groupSourcesByKind>;
  /** The glossary in the content language's alphabetical order. */
  glossary: GlossaryTerm[];
  /** Glossary terms by id, for the inline definitions. */
  termsById: Map<string, GlossaryTerm>;
}

export function deriveContent(content: Content): DerivedContent {
  const numbers = new Map<string, number>();
  const cite = (id: string) => numbers.has(id) || numbers.set(id, numbers.size + 1);
  for (const section of content.sections) {
    section.paragraphs.forEach((paragraph) => paragraph.sources.forEach(cite));
    content.figures?.forEach((figure) => {
      if (figure.section !== section.id) return;
      figure.sources.forEach(cite);
      if (figure.kind === 'states') figure.rows.forEach((row) => row.sources?.forEach(cite));
    });
    section.deeper?.forEach((block) => block.paragraphs.forEach((paragraph) => paragraph.sources.forEach(cite)));
    if (content.comparison?.section === section.id) content.comparison.rows.forEach((row) => row.sources.forEach(cite));
  }
  content.sources.forEach((source) => cite(source.id));
  // One collator for the whole sort: localeCompare with a locale builds a new one per comparison.
  const collator = new Intl.Collator(content.language);
  return {
    numbers,
    sourceGroups: groupSourcesByKind([...content.sources].sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!)),
    glossary: [...content.glossary].sort((a, b) => collator.compare(a.term, b.term)),
    termsById: new Map(content.glossary.map((term) => [term.id, term])),
  };
}

/** What the parts need from the explainer around them. */
export interface PartsContext {
  content: Content;
  derived: DerivedContent;
  strings: UiStrings;
  /** Prefix of every id, so two explainers on a page do not collide. */
  idPrefix: string;
  /** A citation was followed: the explainer opens the sources and offers the way back. */
  onCitation(event: MouseEvent, sourceId: string): void;
  /** A link to a section was followed. */
  onSection(sectionId: string): void;
  /** Marked terms open their definition in place; the explainer keeps which are open. */
  isTermOpen(key: string): boolean;
  onTermToggle(key: string): void;
  /** Escape closes an open definition and returns focus to its term. */
  onTermKeydown(event: KeyboardEvent, key: string): void;
  /** A chart's numbers as a table: shown on request (always in print); the explainer keeps which are shown. */
  isFigureDataShown(figureId: string): boolean;
  onFigureDataToggle(figureId: string): void;
}

/**
 * A paragraph: its text, each marked term a button that opens its definition in place, its
 * citations, and the actor's label when the paragraph states one government's position.
 */
export function renderParagraph(c: PartsContext, paragraph: Paragraph, key: string): TemplateResult {
  const content = c.content;
  const s = c.strings;
  const runs = paragraph.text.map((run, index) => {
    if (typeof run === 'string') return run;
    const term = c.derived.termsById.get(run.term);
    if (!term) return run.text;
    const termKey = `${key}-${index}`;
    const open = c.isTermOpen(termKey);
    const definitionId = `${c.idPrefix}def-${termKey}`;
    return html`<span class="term-wrap" @keydown=${(e: KeyboardEvent) => c.onTermKeydown(e, termKey)}
      ><button
        class="term"
        part="term"
        data-term-key=${termKey}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${definitionId}
        aria-disabled=${untilScript}
        @click=${() => c.onTermToggle(termKey)}
      >${run.text}</button
      ><span id=${definitionId} class="definition" part="definition" role="note" aria-label=${s.definitionOf(term.term)} ?hidden=${!open}
        ><strong>${term.term}</strong>: ${term.definition}</span
      ></span
    >`;
  });
  const citations = renderCitations(paragraph.sources, c);
  if (paragraph.position) {
    const actor = content.actors.find((item) => item.id === paragraph.position)?.name ?? paragraph.position;
    return html`<div class="position" role="group" aria-label=${s.positionOf(actor)}>
      <p class="position-label">${s.positionOf(actor)}</p>
      <p>${runs} ${citations}</p>
    </div>`;
  }
  return html`<p>${runs} ${citations}</p>`;
}

/** Interface words, marked with their own language when the content is in another (see `chrome`). */
const ui = (c: PartsContext, text: unknown) => chrome(c.strings, c.content.language, text);

/** Numbered links to the sources of a paragraph or figure. */
export function renderCitations(ids: readonly string[], c: PartsContext): TemplateResult {
  return html`<span class="citations" role="group" aria-label=${c.strings.citationsLabel}
    >${ids.map((id) => {
      const number = c.derived.numbers.get(id);
      return html`<a
        class="citation"
        href=${`#${c.idPrefix}source-${id}`}
        aria-label=${c.strings.citation(number ?? 0)}
        @click=${(e: MouseEvent) => c.onCitation(e, id)}
        >[${number}]</a
      >`;
    })}</span
  >`;
}

/** A figure from data: steps in order, or states over time, as lists a screen reader and a printer read too. */
export function renderFigure(figure: Figure, c: PartsContext): TemplateResult {
  const caption = html`<figcaption><strong>${figure.title}</strong> ${figure.caption} ${renderCitations(figure.sources, c)}</figcaption>`;
  if (figure.kind === 'bars') return renderBars(figure, c, caption);
  if (figure.kind === 'flow') {
    return html`<figure class="figure flow" id=${c.idPrefix + figure.id} part="figure">
      ${caption}
      <ol class="flow-steps">
        ${figure.steps.map(
          (step) => html`<li>
            <span class="step-label">${step.label}</span>${step.detail ? html` <span class="step-detail">${step.detail}</span>` : nothing}
          </li>`,
        )}
      </ol>
    </figure>`;
  }
  return html`<figure class="figure states" id=${c.idPrefix + figure.id} part="figure">
    ${caption}
    <dl>
      ${figure.rows.map(
        (row) => html`<div class="state-row">
          <dt>${row.label}${row.sources ? html` ${renderCitations(row.sources, c)}` : nothing}</dt>
          <dd>
            <ol class="state-steps">
              ${row.states.map(
                (state) => html`<li><time datetime=${state.from}>${formatPartialDate(state.from, c.content.language)}</time> <span>${state.label}</span></li>`,
              )}
            </ol>
          </dd>
        </div>`,
      )}
    </dl>
  </figure>`;
}

type BarsFigure = Extract<Figure, { kind: 'bars' }>;

/** Height of one bar's row in the chart: its label line, then the bar. */
const BAR_ROW = 60;
/** From this share of the width on, a bar holds its value inside; a shorter one has room for it after its end. */
const BAR_VALUE_INSIDE = 60;

/**
 * A bar chart as SVG: one row per bar (its label and value on a line, the bar below, on a track that
 * marks the axis end), an image with a name and a description that reads every value, and the same
 * numbers as a table one click away and always in print. Lengths are percentages of the width, so the
 * text keeps its size at any width instead of scaling with the drawing. The name and description are
 * hidden HTML the image points to rather than SVG <title>/<desc>: a binding inside those cannot be
 * prerendered (Lit SSR reads them as raw text), and hidden elements still name an image that refers to them.
 */
function renderBars(figure: BarsFigure, c: PartsContext, caption: TemplateResult): TemplateResult {
  const s = c.strings;
  const language = c.content.language;
  const id = c.idPrefix + figure.id;
  const max = figure.max ?? Math.max(...figure.bars.map((bar) => bar.value));
  const number = new Intl.NumberFormat(language);
  const shown = (bar: BarsFigure['bars'][number]) => bar.display ?? number.format(bar.value);
  const share = (value: number) => (max > 0 ? Math.min(100, (value / max) * 100) : 0);
  // In the content's language, with its own list punctuation: "percent of world production: A about 90, and B about 70".
  const items = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(figure.bars.map((bar) => `${bar.label} ${shown(bar)}`));
  const description = `${figure.unit}${/^(ja|zh)/.test(language) ? '：' : ': '}${items}`;
  const tableShown = c.isFigureDataShown(figure.id);
  const height = figure.bars.length * BAR_ROW;
  return html`<figure class="figure bars" id=${id} part="figure">
    ${caption}
    <span id=${`${id}-title`} hidden>${figure.title}</span>
    <span id=${`${id}-desc`} hidden>${description}</span>
    <svg class="bar-chart" role="img" aria-labelledby=${`${id}-title`} aria-describedby=${`${id}-desc`} width="100%" height=${height} xmlns="http://www.w3.org/2000/svg">
      ${figure.bars.map((bar, index) => {
        const top = index * BAR_ROW;
        // The label has the line above the bar to itself. The value goes inside a long bar, at its end,
        // and just past the end of a short one, so it never runs into the label or off the chart.
        const length = share(bar.value);
        const inside = length >= BAR_VALUE_INSIDE;
        return svg`<g aria-hidden="true">
          <text class="bar-label" x="0" y=${top + 18}>${bar.label}</text>
          <rect class="bar-track" x="0" y=${top + 26} width="100%" height="24" rx="3"></rect>
          <rect class="bar" x="0" y=${top + 26} width=${`${length}%`} height="24" rx="3"></rect>
          <text class=${inside ? 'bar-value inside' : 'bar-value'} x=${`${length}%`} dx=${inside ? -6 : 6} y=${top + 43} text-anchor=${inside ? 'end' : 'start'}>${shown(bar)}</text>
        </g>`;
      })}
    </svg>
    <p class="bar-axis">${figure.unit}${figure.max !== undefined ? html` · ${ui(c, s.axisEnd(number.format(figure.max)))}` : nothing}</p>
    <p class="figure-data-toggle">
      <button class="button" aria-expanded=${tableShown ? 'true' : 'false'} aria-controls=${`${id}-data`} aria-disabled=${untilScript} @click=${() => c.onFigureDataToggle(figure.id)}>
        ${ui(c, s.figureData)}
      </button>
    </p>
    <div class="figure-data" id=${`${id}-data`} ?hidden=${!tableShown}>
      <table>
        <caption>${figure.title}</caption>
        <thead>
          <tr><th scope="col">${ui(c, s.figureItem)}</th><th scope="col">${figure.unit}</th></tr>
        </thead>
        <tbody>
          ${figure.bars.map(
            (bar) => html`<tr><th scope="row">${bar.label}</th><td>${shown(bar)}${bar.sources ? html` ${renderCitations(bar.sources, c)}` : nothing}</td></tr>`,
          )}
        </tbody>
      </table>
    </div>
  </figure>`;
}

/** The comparison table, with explicit roles and one line of its sources. */
/* eslint-disable lit-a11y/no-redundant-role -- the narrow layout's display: block drops the implicit roles in some engines */
export function renderComparison(c: PartsContext): TemplateResult {
  const table = c.content.comparison!;
  return html`<div class="table-wrap" part="comparison" role="region" aria-label=${table.title} tabindex="0">
    <!-- Explicit roles: the narrow layout gives the table's parts display: block, which drops their table semantics in some engines. -->
    <table role="table">
      <caption>
        ${table.title}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <td role="cell"></td>
          ${table.columns.map((column) => html`<th scope="col" role="columnheader">${column.title}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${table.rows.map(
          (row) => html`<tr role="row">
            <th scope="row" role="rowheader">${row.criterion}</th>
            ${row.cells.map((cell, index) => html`<td role="cell" data-column=${table.columns[index]?.title ?? ''}>${cell}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="table-sources">
      ${ui(c, `${c.strings.sources}:`)}
      ${[...new Set(table.rows.flatMap((row) => row.sources))].map(
        (id) => html`<a class="citation" href=${`#${c.idPrefix}source-${id}`} @click=${(e: MouseEvent) => c.onCitation(e, id)}
          >[${c.derived.numbers.get(id)}]</a
        > `,
      )}
    </p>
  </div>`;
}

/* eslint-enable lit-a11y/no-redundant-role */

/** The box for teachers: reading times (computed from the text), objectives, a lesson outline and its handouts. */
export function renderLesson(c: PartsContext, level: number): TemplateResult {
  const s = c.strings;
  const lesson = c.content.lesson!;
  const time = readingMinutes(c.content);
  const total = lesson.outline.reduce((sum, step) => sum + step.minutes, 0);
  // Answer keys stay on the teacher page: any student can open this box.
  const handouts = (lesson.materials ?? []).filter((material) => !material.answerKey);
  const keys = (lesson.materials ?? []).some((material) => material.answerKey);
  return html`<details class="teacher-box" part="teacher-box">
    <summary>${ui(c, s.forTeachers)}</summary>
    <p>${ui(c, s.readingTime(time.core, time.all))}</p>
    ${heading(level + 1, ui(c, s.learningObjectives))}
    <ul>
      ${lesson.objectives.map((objective) => html`<li>${objective}</li>`)}
    </ul>
    ${heading(level + 1, ui(c, s.lessonPlan(total)))}
    <ol class="outline">
      ${lesson.outline.map((step) => html`<li><strong>${ui(c, s.minutes(step.minutes))}</strong> ${step.activity}</li>`)}
    </ol>
    ${handouts.length > 0 || keys
      ? html`${heading(level + 1, ui(c, s.lessonMaterials))}
        ${handouts.map(
          (material) => html`${heading(level + 2, material.title)}
            <ul class="material">
              ${material.items.map((item) => html`<li>${item}</li>`)}
            </ul>`,
        )}
        ${keys ? html`<p class="answer-keys-note">${ui(c, s.answerKeysOnTeacherPage)}</p>` : nothing}`
      : nothing}
  </details>`;
}

/** The glossary, alphabetical, each term with a link to the section that explains it. */
export function renderGlossary(c: PartsContext, level: number): TemplateResult {
  const p = c.idPrefix;
  const sectionTitle = (id: string) => c.content.sections.find((section) => section.id === id)?.title ?? id;
  return html`<section id=${`${p}glossary`} aria-labelledby=${`${p}heading-glossary`}>
    ${heading(level, ui(c, c.strings.glossary), { id: `${p}heading-glossary` })}
    <dl class="glossary" part="glossary">
      ${c.derived.glossary.map(
        (term) => html`<div class="glossary-entry" id=${`${p}term-${term.id}`}>
          <dt>${term.term}</dt>
          <dd>
            ${term.definition}
            <a class="explained-in" href=${`#${p}${term.section}`} @click=${() => c.onSection(term.section)}
              >${c.strings.explainedIn(sectionTitle(term.section))}</a
            >
          </dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

/** Every source, grouped by kind of publisher, numbered as cited, inside one collapsible block. */
export function renderSources(c: PartsContext, level: number, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  const s = c.strings;
  const p = c.idPrefix;
  const groups = c.derived.sourceGroups;
  const entry = (source: Source) =>
    html`<li id=${`${p}source-${source.id}`} tabindex="-1" value=${c.derived.numbers.get(source.id)!}>
      ${renderSourceEntry(source, s, c.content.language)}
    </li>`;
  return html`<section id=${`${p}sources`} aria-labelledby=${`${p}heading-sources`}>
    ${heading(level, ui(c, s.sources), { id: `${p}heading-sources` })}
    <details class="all-sources" part="sources-details" ?open=${open} @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
      <summary part="sources-summary">${ui(c, s.allSources(c.content.sources.length))}</summary>
      ${groups.map(
        (group) => html`${groups.length > 1 ? heading(level + 1, ui(c, s.sourceKinds[group.kind]), { className: 'source-kind' }) : nothing}
          <ol class="sources" part="sources">
            ${group.sources.map(entry)}
          </ol>`,
      )}
    </details>
  </section>`;
}

/** A section without a key point sums itself up with its groups ("In brief"), as older content files expect. */
export function renderInBrief(c: PartsContext, sectionId: string): TemplateResult[] {
  return c.content.groups
    .filter((group) => group.section === sectionId)
    .map(
      (group) => html`<div class="group">
        <p class="group-name"><strong>${ui(c, `${c.strings.inBrief}:`)}</strong> <span class="capitalize">${group.name}</span></p>
        <ul>
          ${group.members.map((member) => html`<li>${member.text}</li>`)}
        </ul>
      </div>`,
    );
}

/** A section's dated events in order; when the content marks key dates, only those (the timeline has every event). */
export function renderKeyDates(c: PartsContext, sectionId: string): TemplateResult | typeof nothing {
  const content = c.content;
  const marked = content.events.some((event) => event.keyDate);
  const events = content.events.filter((event) => event.section === sectionId && (!marked || event.keyDate)).sort((a, b) => compareDates(a.date, b.date));
  if (events.length === 0) return nothing;
  return html`<div class="key-dates">
    <p class="key-dates-title"><strong>${ui(c, c.strings.keyDates)}</strong></p>
    <dl>
      ${events.map(
        (event) => html`<div class="key-date">
          <dt><time datetime=${event.date}>${formatPartialDate(event.date, content.language)}</time></dt>
          <dd>${event.title}</dd>
        </div>`,
      )}
    </dl>
  </div>`;
}
