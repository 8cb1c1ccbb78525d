/**
 * Where a teaching item sits in a content file, as a JSON path an author can follow
 * (`claims[3]`, `glossary[12]`): for the item lint's findings and the teacher's item analysis. And
 * the items by the ref their questions use (`claim:software-counts`), as `inSight` and `givesAway` name them.
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

/** What a ref leads to: the item's shared fact keys and what its feedback gives away. */
export interface RefItem {
  facts?: string[];
  givesAway?: string[];
}

const byRef = new WeakMap<Content, Map<string, RefItem>>();

/** Every teaching item by its ref (`claim:software-counts`, `scenario:timber`), built once per content object. */
export function itemsByRef(content: Content): Map<string, RefItem> {
  let items = byRef.get(content);
  if (!items) {
    const lists: [string, readonly ({ id: string } & RefItem)[]][] = [
      ['term', content.glossary],
      ['claim', content.claims],
      ['event', content.events],
      ['group', content.groups],
      ['blank', content.blanks],
      ['scenario', content.decisionTree?.scenarios ?? []],
    ];
    items = new Map(lists.flatMap(([kind, list]) => list.map((item) => [`${kind}:${item.id}`, item] as const)));
    byRef.set(content, items);
  }
  return items;
}
