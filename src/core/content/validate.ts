/**
 * Validation of content files: shape (from the schema) and meaning (unique ids,
 * references that resolve, a decision tree whose scenarios reach their outcomes).
 * Every problem is reported at once, each with its JSON path. Never throws.
 */
import * as v from 'valibot';
import { locateJsonError } from './json-error.js';
import { ContentSchema, describeValue, type Content } from './schema.js';
import { sectionText } from './text.js';
import { matchesAcceptedAnswer } from '../questions/free-text.js';

export interface ContentError {
  /** JSON path of the problem, like `events[3].date`; empty for the whole file. */
  path: string;
  message: string;
  /** 1-based line of a JSON syntax error; errors with a path are located by `jsonPathLines`. */
  line?: number;
}

export type ValidationResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

/** Formats an error as one line: `events[3].date: expected …, got …`. */
export function formatError(error: ContentError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

type PathKey = string | number;

function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function shapeErrors(issues: readonly v.BaseIssue<unknown>[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const issue of issues) {
    // A term reference with a mistake inside fails the text-or-reference union:
    // report the mistake inside the object rather than "got an object".
    const inner = issue.type === 'union' && issue.input && typeof issue.input === 'object' ? issue.issues : undefined;
    const deeper = inner?.filter((sub) => (sub.path?.length ?? 0) > 0);
    if (deeper && deeper.length > 0) {
      const parent = issue.path ?? [];
      errors.push(...shapeErrors(deeper.map((sub) => ({ ...sub, path: [...parent, ...(sub.path ?? [])] }) as typeof sub)));
      continue;
    }
    const keys = (issue.path ?? []).map((item) => item.key as PathKey);
    let message = issue.message;
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
      message = 'unknown key (not part of the content format; check the spelling)';
    } else if (issue.type === 'strict_object' && issue.input === undefined && keys.length > 0) {
      message = 'missing required field';
    } else if (issue.type === 'variant' && issue.input === undefined) {
      message = 'missing required field "kind" ("question" or "outcome")';
    }
    errors.push({ path: formatPath(keys), message });
  }
  return errors;
}

/** Validates parsed JSON. Never throws, whatever the value. */
export function validateContent(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `The content file must be a JSON object with "id", "title", "themes", "sources" and "sections"; got ${describeValue(input)}.`,
        },
      ],
    };
  }
  if (Object.keys(input).length === 0) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message:
            'The content file is an empty object: it needs at least "id", "title", "language", "version", "lastReviewed", "themes", "sources" and "sections" (see content/template.json).',
        },
      ],
    };
  }
  let errors: ContentError[];
  try {
    const result = v.safeParse(ContentSchema, input, { abortPipeEarly: true });
    errors = result.success ? [] : shapeErrors(result.issues);
    errors.push(...meaningErrors(input as Loose));
    if (result.success && errors.length === 0) return { ok: true, content: result.output };
  } catch (error) {
    // A hostile value (a getter that throws, a proxy) must not escape as an exception.
    errors = [{ path: '', message: `The content could not be read: ${String(error)}` }];
  }
  return { ok: false, errors: dedupe(errors) };
}

/** Parses the text of a content file and validates it. Never throws. */
export function parseContent(source: string): ValidationResult {
  if (source.trim() === '') {
    return { ok: false, errors: [{ path: '', message: 'The content file is empty: it should hold one JSON object.' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(source);
    const detail = error instanceof Error ? error.message : String(error);
    const where = looksLikeHtml ? undefined : locateJsonError(source);
    return {
      ok: false,
      errors: [
        {
          path: '',
          ...(where && { line: where.line }),
          message: looksLikeHtml
            ? 'The content file is HTML, not JSON: check the address (a missing file often returns an HTML error page).'
            : where
              ? `The content file is not valid JSON: line ${where.line}, column ${where.column}: expected ${where.expected}. Line ${where.line} reads: ${where.lineText.trim().slice(0, 120)}`
              : `The content file is not valid JSON: ${detail}.`,
        },
      ],
    };
  }
  if (Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'The content file holds a JSON list; it should hold one JSON object, not a list.' }],
    };
  }
  return validateContent(value);
}

function dedupe(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = formatError(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Meaning checks. They run on the raw value, defensively, so that a file with
// shape errors still gets its reference errors reported in the same pass.

type Loose = Record<string, unknown>;

const asList = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {})) : [];
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * At most this many sources back one item: the best ones. A reader follows two or three
 * citations; a run of ten says only that nobody chose.
 */
export const MAX_SOURCES_PER_ITEM = 3;

/** Every list of cited sources below the top level, with the path of the item that cites it. */
function citingItems(value: unknown, path: string, found: { path: string; item: Loose }[] = []) {
  if (Array.isArray(value)) value.forEach((item, index) => citingItems(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') {
    const item = value as Loose;
    if (path !== '' && Array.isArray(item.sources)) found.push({ path, item });
    for (const [key, child] of Object.entries(item)) {
      if (key !== 'sources' && child && typeof child === 'object') citingItems(child, path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

function tooManySources(content: Loose): ContentError[] {
  return citingItems(content, '')
    .filter(({ item }) => asList(item.sources).length > MAX_SOURCES_PER_ITEM)
    .map(({ path, item }) => {
      const paragraph = /^sections\[(\d+)\]\.paragraphs\[(\d+)\]$/.exec(path);
      const section = paragraph && asString(asList(content.sections)[Number(paragraph[1])]?.id);
      const name = asString(item.id)
        ? `"${asString(item.id)}"`
        : paragraph
          ? `paragraph ${Number(paragraph[2]) + 1} of section ${section ? `"${section}"` : paragraph[1]}`
          : 'this item';
      const count = asList(item.sources).length;
      return {
        path: `${path}.sources`,
        message: `${name} cites ${count} sources; cite at most ${MAX_SOURCES_PER_ITEM}, the best ones (official and primary sources first, then established news organisations)`,
      };
    });
}

function meaningErrors(content: Loose): ContentError[] {
  const errors: ContentError[] = tooManySources(content);
  const add = (path: string, message: string) => errors.push({ path, message });

  const idsOf = (listName: string): Set<string> => {
    // Where each id was first seen, so a duplicate names both places.
    const first = new Map<string, number>();
    asList(content[listName]).forEach((item, index) => {
      const itemId = asString(item.id);
      if (itemId === undefined) return;
      if (first.has(itemId)) add(`${listName}[${index}].id`, `duplicate id "${itemId}": ${listName}[${first.get(itemId)}] has it already (ids must be unique in "${listName}")`);
      else first.set(itemId, index);
    });
    return new Set(first.keys());
  };

  // A fact key listed twice on one item makes its question share a fact with itself.
  for (const listName of ['glossary', 'claims', 'blanks', 'groups', 'events']) {
    asList(content[listName]).forEach((item, index) => {
      const facts = Array.isArray(item.facts) ? item.facts.map((key) => asString(key)) : [];
      facts.forEach((key, i) => {
        if (key !== undefined && facts.indexOf(key) < i) add(`${listName}[${index}].facts[${i}]`, `"${key}" is listed twice in this item's facts (first at facts[${facts.indexOf(key)}])`);
      });
    });
  }

  const themes = idsOf('themes');
  const actors = idsOf('actors');
  const sources = idsOf('sources');
  const sections = idsOf('sections');
  const terms = idsOf('glossary');
  for (const name of ['events', 'claims', 'groups', 'blanks', 'figures']) idsOf(name);

  const sectionTheme = new Map<string, string | undefined>();
  for (const section of asList(content.sections)) {
    const sectionId = asString(section.id);
    if (sectionId) sectionTheme.set(sectionId, asString(section.theme));
  }

  const mustExist = (path: string, value: unknown, known: Set<string>, what: string) => {
    const ref = asString(value);
    if (ref !== undefined && !known.has(ref)) add(path, `unknown ${what} "${ref}" (no ${what} has this id)`);
  };
  const mustAllExist = (path: string, value: unknown, known: Set<string>, what: string) => {
    asStrings(value).forEach((ref, index) => mustExist(`${path}[${index}]`, ref, known, what));
  };

  const checkParagraphs = (paragraphs: unknown, base: string) =>
    asList(paragraphs).forEach((paragraph, p) => {
      mustAllExist(`${base}[${p}].sources`, paragraph.sources, sources, 'source');
      mustExist(`${base}[${p}].position`, paragraph.position, actors, 'actor');
      asList(paragraph.text).forEach((run, r) => {
        if ('term' in run) mustExist(`${base}[${p}].text[${r}].term`, run.term, terms, 'glossary term');
      });
    });
  // "Go deeper" blocks: ids unique in the file (they become link targets), and which section holds each.
  const deeperSection = new Map<string, string | undefined>();
  asList(content.sections).forEach((section, s) => {
    const base = `sections[${s}]`;
    mustExist(`${base}.theme`, section.theme, themes, 'theme');
    checkParagraphs(section.paragraphs, `${base}.paragraphs`);
    asList(section.deeper).forEach((block, b) => {
      checkParagraphs(block.paragraphs, `${base}.deeper[${b}].paragraphs`);
      const blockId = asString(block.id);
      if (blockId === undefined) return;
      if (deeperSection.has(blockId) || sections.has(blockId)) {
        add(`${base}.deeper[${b}].id`, `duplicate id "${blockId}" (a "go deeper" block needs an id no section or other block has)`);
      }
      deeperSection.set(blockId, asString(section.id));
    });
  });

  // Item refs ("claim:group-a-july") name a teaching item by the kind and id its questions use.
  const refLists: Record<string, unknown> = {
    term: content.glossary,
    claim: content.claims,
    event: content.events,
    group: content.groups,
    blank: content.blanks,
    scenario: (content.decisionTree as Loose | undefined)?.scenarios,
  };
  const itemRefs = new Set(Object.entries(refLists).flatMap(([kind, items]) => asList(items).flatMap((item) => (asString(item.id) ? [`${kind}:${String(item.id)}`] : []))));
  const mustAllBeItems = (path: string, value: unknown, self?: string) =>
    asStrings(value).forEach((ref, index) => {
      if (ref === self) add(`${path}[${index}]`, 'an item cannot give away itself');
      else if (!itemRefs.has(ref) && ref.includes(':')) add(`${path}[${index}]`, `unknown item "${ref}" (no ${ref.slice(0, ref.indexOf(':'))} has this id)`);
    });
  asList(content.sections).forEach((section, s) => mustAllBeItems(`sections[${s}].inSight`, section.inSight));

  // Every teaching item names a theme, the section that explains it, and its sources.
  const checkTaught = (item: Loose, base: string, kind?: string) => {
    mustAllBeItems(`${base}.givesAway`, item.givesAway, kind && asString(item.id) ? `${kind}:${String(item.id)}` : undefined);
    mustExist(`${base}.theme`, item.theme, themes, 'theme');
    mustExist(`${base}.section`, item.section, sections, 'section');
    const deeper = asString(item.deeper);
    if (deeper !== undefined && asString(item.section) !== undefined && deeperSection.get(deeper) !== asString(item.section)) {
      add(`${base}.deeper`, `section "${String(item.section)}" has no "go deeper" block "${deeper}"`);
    }
    mustAllExist(`${base}.sources`, item.sources, sources, 'source');
    const section = asString(item.section);
    const theme = asString(item.theme);
    if (section && theme && sectionTheme.has(section) && themes.has(theme) && sectionTheme.get(section) !== theme) {
      add(`${base}.theme`, `expected the theme of section "${section}" ("${sectionTheme.get(section)}"), got "${theme}"`);
    }
  };

  const readable = asList(content.sections).length > 0 ? (content as unknown as Content) : undefined;

  asList(content.glossary).forEach((term, index) => {
    const base = `glossary[${index}]`;
    checkTaught(term, base, 'term');
    const termId = asString(term.id);
    const section = asList(content.sections).find((candidate) => candidate.id === term.section);
    if (termId && section) {
      const marks = (paragraphs: unknown) => asList(paragraphs).some((paragraph) => asList(paragraph.text).some((run) => run.term === termId));
      const blocks = asList(section.deeper).filter((block) => marks(block.paragraphs));
      if (!marks(section.paragraphs) && blocks.length === 0) {
        add(
          `${base}.section`,
          `section "${String(term.section)}" never marks this term: add {"term": "${termId}", "text": …} to one of its paragraphs`,
        );
      } else if (!marks(section.paragraphs) && term.deeper === undefined) {
        // Explained only in a "go deeper" block: a core-only quiz must leave it out, and a review link must open the block.
        add(
          `${base}.deeper`,
          `section "${String(term.section)}" marks this term only in its "go deeper" block "${String(blocks[0]!.id)}": set "deeper": "${String(blocks[0]!.id)}", or mark it in the main text`,
        );
      }
    }
  });

  // A term's look-alikes are other terms of its own kind, shown as its wrong options.
  const kindOf = (term: Loose) => asString(term.kind) ?? asString(term.category);
  const termsById = new Map(asList(content.glossary).map((term) => [asString(term.id), term]));
  asList(content.glossary).forEach((term, index) => {
    asStrings(term.confusedWith).forEach((other, o) => {
      const path = `glossary[${index}].confusedWith[${o}]`;
      const target = termsById.get(other);
      if (!target) return add(path, `unknown glossary term "${other}" (no glossary term has this id)`);
      if (other === asString(term.id)) add(path, 'a term cannot be confused with itself');
      else if (kindOf(target) !== kindOf(term)) add(path, `"${other}" is of kind "${String(kindOf(target))}", not "${String(kindOf(term))}": wrong options are terms of the same kind`);
    });
  });

  asList(content.events).forEach((event, index) => {
    checkTaught(event, `events[${index}]`, 'event');
    mustAllExist(`events[${index}].actors`, event.actors, actors, 'actor');
  });
  asList(content.claims).forEach((claim, index) => checkTaught(claim, `claims[${index}]`, 'claim'));

  asList(content.groups).forEach((group, index) => {
    const base = `groups[${index}]`;
    checkTaught(group, base, 'group');
    const seen = new Map<string, string>();
    for (const listName of ['members', 'distractors']) {
      asList(group[listName]).forEach((item, i) => {
        const itemId = asString(item.id);
        if (itemId === undefined) return;
        if (seen.has(itemId)) add(`${base}.${listName}[${i}].id`, `duplicate id "${itemId}" within the group: ${seen.get(itemId)} has it already`);
        else seen.set(itemId, `${listName}[${i}]`);
      });
    }
    const size = asList(group.members).length + asList(group.distractors).length;
    if (Array.isArray(group.members) && Array.isArray(group.distractors) && size < 4) {
      add(base, `expected at least 4 members and distractors together to draw options from, got ${size}`);
    }
  });

  asList(content.blanks).forEach((blank, index) => {
    const base = `blanks[${index}]`;
    checkTaught(blank, base, 'blank');
    const before = asString(blank.before) ?? '';
    const after = asString(blank.after) ?? '';
    if (typeof blank.before === 'string' && typeof blank.after === 'string' && before.trim() === '' && after.trim() === '') {
      add(base, 'expected text before or after the blank, got neither');
    }
    const answer = asString(blank.answer);
    const sectionId = asString(blank.section);
    if (readable && answer && sectionId && sections.has(sectionId)) {
      const shown = safeSectionText(readable, sectionId);
      if (shown !== undefined && !shown.toLowerCase().includes(answer.trim().toLowerCase())) {
        add(`${base}.answer`, `section "${sectionId}" never states "${answer}": the blank must test what the section shows`);
      }
    }
    // A wrong word that completes the sentence correctly would mark a right choice wrong.
    const accepted = [answer ?? '', ...asStrings(blank.alternatives)].filter(Boolean);
    const language = asString(content.language);
    const seen: string[] = [];
    asStrings(blank.distractors).forEach((distractor, distractorIndex) => {
      const path = `${base}.distractors[${distractorIndex}]`;
      if (accepted.length > 0 && matchesAcceptedAnswer(distractor, accepted, language, after)) {
        add(path, `"${distractor}" is an accepted answer of this blank (its answer or an alternative), so it cannot be a wrong choice`);
      } else if (seen.some((other) => matchesAcceptedAnswer(distractor, [other], language, after))) {
        add(path, `"${distractor}" repeats another distractor of this blank`);
      }
      seen.push(distractor);
    });
  });

  asList(content.figures).forEach((figure, index) => {
    mustExist(`figures[${index}].section`, figure.section, sections, 'section');
    mustAllExist(`figures[${index}].sources`, figure.sources, sources, 'source');
    asList(figure.rows).forEach((row, rowIndex) =>
      mustAllExist(`figures[${index}].rows[${rowIndex}].sources`, asStrings(row.sources), sources, 'source'),
    );
    const bars = asList(figure.bars);
    bars.forEach((bar, barIndex) => {
      mustAllExist(`figures[${index}].bars[${barIndex}].sources`, asStrings(bar.sources), sources, 'source');
      // A bar's label is drawn on one line above it: it must fit a 320 px phone at the body text size.
      const label = asString(bar.label);
      const wide = label !== undefined && /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(label);
      const limit = wide ? 16 : 32;
      if (label !== undefined && [...label].length > limit) {
        add(`figures[${index}].bars[${barIndex}].label`, `a bar's label is drawn on one line and must fit a phone: at most ${limit} characters${wide ? ' in Chinese, Japanese or Korean script' : ''}, got ${[...label].length}`);
      }
    });
    // A bar longer than the axis would be drawn past its end, and the chart would misstate it.
    const max = figure.max;
    if (typeof max === 'number') {
      bars.forEach((bar, barIndex) => {
        if (typeof bar.value === 'number' && bar.value > max) add(`figures[${index}].bars[${barIndex}].value`, `${bar.value} is past the axis end "max" (${max})`);
      });
    }
  });

  const comparison = content.comparison;
  if (comparison && typeof comparison === 'object' && !Array.isArray(comparison)) {
    const table = comparison as Loose;
    checkTaught(table, 'comparison');
    const columns = asList(table.columns).length;
    asList(table.rows).forEach((row, index) => {
      mustAllExist(`comparison.rows[${index}].sources`, row.sources, sources, 'source');
      const cells = Array.isArray(row.cells) ? row.cells.length : undefined;
      if (cells !== undefined && columns > 0 && cells !== columns) {
        add(`comparison.rows[${index}].cells`, `expected ${columns} cells (one per column), got ${cells}`);
      }
    });
  }

  const tree = content.decisionTree;
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    errors.push(...treeErrors(tree as Loose, sources, checkTaught));
  }

  return errors;
}

function safeSectionText(content: Content, sectionId: string): string | undefined {
  try {
    return sectionText(content, sectionId);
  } catch {
    return undefined;
  }
}

function treeErrors(tree: Loose, sources: Set<string>, checkTaught: (item: Loose, base: string) => void): ContentError[] {
  const errors: ContentError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  checkTaught(tree, 'decisionTree');

  const nodes = new Map<string, Loose>();
  asList(tree.nodes).forEach((node, index) => {
    const nodeId = asString(node.id);
    if (nodeId === undefined) return;
    if (nodes.has(nodeId)) add(`decisionTree.nodes[${index}].id`, `duplicate node id "${nodeId}"`);
    nodes.set(nodeId, node);
    if (node.kind === 'outcome') {
      asStrings(node.sources).forEach((ref, i) => {
        if (!sources.has(ref)) add(`decisionTree.nodes[${index}].sources[${i}]`, `unknown source "${ref}" (no source has this id)`);
      });
    }
    asList(node.answers).forEach((answer, a) => {
      const next = asString(answer.next);
      if (next !== undefined && !asList(tree.nodes).some((candidate) => candidate.id === next)) {
        add(`decisionTree.nodes[${index}].answers[${a}].next`, `unknown node "${next}" (no node has this id)`);
      }
    });
  });

  const start = asString(tree.start);
  if (start !== undefined) {
    const startNode = nodes.get(start);
    if (!startNode) add('decisionTree.start', `unknown node "${start}" (no node has this id)`);
    else if (startNode.kind !== 'question') add('decisionTree.start', `expected a question node, got outcome "${start}"`);
  }

  // Every node reachable from the start, and no path that loops.
  if (start !== undefined && nodes.has(start)) {
    const reached = new Set<string>();
    const onPath = new Set<string>();
    let loopReported = false;
    const walk = (nodeId: string) => {
      if (onPath.has(nodeId)) {
        if (!loopReported) add('decisionTree.nodes', `the tree loops back to node "${nodeId}"; every path must end at an outcome`);
        loopReported = true;
        return;
      }
      if (reached.has(nodeId)) return;
      reached.add(nodeId);
      onPath.add(nodeId);
      for (const answer of asList(nodes.get(nodeId)?.answers)) {
        const next = asString(answer.next);
        if (next !== undefined && nodes.has(next)) walk(next);
      }
      onPath.delete(nodeId);
    };
    walk(start);
    asList(tree.nodes).forEach((node, index) => {
      const nodeId = asString(node.id);
      if (nodeId !== undefined && !reached.has(nodeId)) {
        add(`decisionTree.nodes[${index}]`, `node "${nodeId}" cannot be reached from the start "${start}"`);
      }
    });
  }

  // Each worked scenario, followed from the start, must end at the outcome it names.
  asList(tree.scenarios).forEach((scenario, index) => {
    const base = `decisionTree.scenarios[${index}]`;
    const expectedOutcome = asString(scenario.outcome);
    const target = expectedOutcome === undefined ? undefined : nodes.get(expectedOutcome);
    if (expectedOutcome !== undefined && (!target || target.kind !== 'outcome')) {
      add(`${base}.outcome`, `unknown outcome "${expectedOutcome}" (no outcome node has this id)`);
      return;
    }
    const choices = scenario.choices && typeof scenario.choices === 'object' ? (scenario.choices as Loose) : {};
    let current = start === undefined ? undefined : nodes.get(start);
    const visited = new Set<string>();
    while (current && current.kind === 'question') {
      const nodeId = String(current.id);
      if (visited.has(nodeId)) return;
      visited.add(nodeId);
      const chosen = asString(choices[nodeId]);
      if (chosen === undefined) {
        add(`${base}.choices`, `no answer chosen for question "${nodeId}" on the way to the outcome`);
        return;
      }
      const answer = asList(current.answers).find((candidate) => candidate.id === chosen);
      if (!answer) {
        add(`${base}.choices.${nodeId}`, `unknown answer "${chosen}" (question "${nodeId}" has no answer with this id)`);
        return;
      }
      current = nodes.get(String(answer.next));
    }
    if (current && expectedOutcome !== undefined && current.id !== expectedOutcome) {
      add(`${base}.outcome`, `expected the outcome its choices lead to ("${String(current.id)}"), got "${expectedOutcome}"`);
    }
  });

  return errors;
}

