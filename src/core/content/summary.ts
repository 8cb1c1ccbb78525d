import type { Content } from './schema.js';

/** One line of counts, e.g. "3 themes, 9 sections, 24 terms, …". */
export function summarizeContent(content: Content): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    count(content.themes.length, 'theme'),
    count(content.sections.length, 'section'),
    count(content.glossary.length, 'term'),
    count(content.events.length, 'event'),
    count(content.claims.length, 'claim'),
    count(content.groups.length, 'group'),
    count(content.blanks.length, 'fill-in sentence'),
    count(content.sources.length, 'source'),
    count(content.decisionTree?.scenarios.length ?? 0, 'scenario'),
  ].join(', ');
}
