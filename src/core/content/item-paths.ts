/**
 * Where a teaching item sits in a content file, as a JSON path an author can follow
 * (`claims[3]`, `glossary[12]`): for the item lint's findings and the teacher's item analysis.
 */
import type { Content } from './schema.js';

/** Index lookups by id, built once per content object. */
export interface Locator {
  term: (id: string) => number;
  event: (id: string) => number;
  claim: (id: string) => number;
  group: (id: string) => number;
  blank: (id: string) => number;
  node: (id: string) => number;
}

/** Looks items up by id; an unknown id gives -1. */
export function locator(content: Content): Locator {
  const index = (list: readonly { id: string }[]) => {
    const map = new Map(list.map((item, i) => [item.id, i]));
    return (id: string) => map.get(id) ?? -1;
  };
  return {
    term: index(content.glossary),
    event: index(content.events),
    claim: index(content.claims),
    group: index(content.groups),
    blank: index(content.blanks),
    node: index(content.decisionTree?.nodes ?? []),
  };
}

/** The JSON path of a question's teaching item, from the generator's anchor (`claim:software-counts`); empty for an unknown id. */
export function itemPath(content: Content, at: Locator, anchor: string): string {
  const [kind, id = ''] = anchor.split(':') as [string, string?];
  const path = (list: string, index: number) => (index < 0 ? '' : `${list}[${index}]`);
  switch (kind) {
    case 'term':
      return path('glossary', at.term(id));
    case 'event':
      return path('events', at.event(id));
    case 'claim':
      return path('claims', at.claim(id));
    case 'group':
      return path('groups', at.group(id));
    case 'blank':
      return path('blanks', at.blank(id));
    default:
      return path('decisionTree.scenarios', (content.decisionTree?.scenarios ?? []).findIndex((item) => item.id === id));
  }
}
