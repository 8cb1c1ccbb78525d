import { readFileSync } from 'node:fs';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatError, parseContent, validateContent } from '../../src/core/content/validate.js';
import { CONTENT_FILES, readJson } from './helpers.js';

/** The starter template plus a comparison and a decision tree: small, valid, and touching every kind. */
function validBase(): Record<string, any> {
  const content = structuredClone(readJson('content/template.json')) as Record<string, any>;
  content.comparison = {
    id: 'two-ways',
    title: 'Two ways',
    columns: [
      { id: 'a', title: 'Way A' },
      { id: 'b', title: 'Way B' },
    ],
    rows: [{ id: 'trigger', criterion: 'What triggers it', cells: ['A list', 'A suspicion'], sources: ['handbook'] }],
    theme: 'basics',
    section: 'what-it-is',
    sources: ['handbook'],
  };
  content.decisionTree = {
    id: 'walk',
    title: 'Do I need it?',
    model: 'A simplified model for testing.',
    start: 'listed',
    nodes: [
      {
        kind: 'question',
        id: 'listed',
        text: 'Is it listed?',
        answers: [
          { id: 'yes', label: 'Yes', next: 'needs-licence' },
          { id: 'no', label: 'No', next: 'warned' },
        ],
      },
      {
        kind: 'question',
        id: 'warned',
        text: 'Were you warned?',
        answers: [
          { id: 'yes', label: 'Yes', next: 'needs-permit' },
          { id: 'no', label: 'No', next: 'free' },
        ],
      },
      { kind: 'outcome', id: 'needs-licence', title: 'A licence', explanation: 'Listed.', sources: ['handbook'] },
      { kind: 'outcome', id: 'needs-permit', title: 'A permit', explanation: 'Warned.', sources: ['handbook'] },
      { kind: 'outcome', id: 'free', title: 'Nothing', explanation: 'Neither.', sources: ['handbook'] },
    ],
    scenarios: [
      { id: 'warned-case', title: 'Warned', description: 'You were warned.', choices: { listed: 'no', warned: 'yes' }, outcome: 'needs-permit' },
    ],
    theme: 'basics',
    section: 'what-it-is',
    sources: ['handbook'],
  };
  return content;
}

/** A valid bar chart in the test base's first section, with `changes` applied (undefined removes a field). */
function barChart(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const chart: Record<string, unknown> = {
    kind: 'bars',
    id: 'shares',
    section: 'what-it-is',
    title: 'Shares',
    caption: 'Two shares.',
    unit: 'percent',
    bars: [{ label: 'A', value: 20 }, { label: 'B', value: 80, display: 'about 80' }],
    sources: ['handbook'],
    ...changes,
  };
  for (const [key, value] of Object.entries(chart)) if (value === undefined) delete chart[key];
  return chart;
}

function errorsOf(mutate: (content: Record<string, any>) => void): string[] {
  const content = validBase();
  mutate(content);
  const result = validateContent(content);
  return result.ok ? [] : result.errors.map(formatError);
}

describe('content validation', () => {
  test('every shipped and fixture content file validates', () => {
    for (const file of CONTENT_FILES) {
      const result = validateContent(readJson(file));
      assert.equal(result.ok, true, `${file}: ${result.ok ? '' : result.errors.map(formatError).join('\n')}`);
    }
  });

  test('a section may hold its detail in "go deeper" blocks: blanks and terms explained there still count', () => {
    const errors = errorsOf((c) => {
      const section = c.sections[0];
      section.keyPoint = 'The point in one sentence.';
      section.deeper = [{ id: 'the-detail', title: 'The detail', paragraphs: [section.paragraphs[0]] }];
      section.paragraphs = [{ text: ['A plain core story.'], sources: ['handbook'] }];
      for (const term of c.glossary) if (term.section === section.id) term.deeper = 'the-detail';
      c.themes[0].discussion = 'What would you ask?';
      c.lesson = { objectives: ['Explain the rule.'], outline: [{ minutes: 10, activity: 'Read the text.' }] };
    });
    assert.deepEqual(errors, []);
  });

  test('a term that only a "go deeper" block marks must say so, or a core-only quiz would ask it', () => {
    const errors = errorsOf((c) => {
      const section = c.sections[0];
      section.deeper = [{ id: 'the-detail', title: 'The detail', paragraphs: [section.paragraphs[0]] }];
      section.paragraphs = [{ text: ['A plain core story.'], sources: ['handbook'] }];
      for (const term of c.glossary) if (term.section === section.id && term !== c.glossary[0]) term.deeper = 'the-detail';
    });
    assert.deepEqual(errors, [
      `glossary[0].deeper: section "what-it-is" marks this term only in its "go deeper" block "the-detail": set "deeper": "the-detail", or mark it in the main text`,
    ]);
  });

  test('the test base itself is valid', () => {
    assert.deepEqual(errorsOf(() => {}), []);
  });

  test('a bar chart: values in one unit, an optional axis end, shown values and per-bar sources', () => {
    assert.deepEqual(errorsOf((c) => (c.figures = [barChart(), barChart({ id: 'capped', max: 100, bars: [{ label: 'A', value: 100, sources: ['handbook'] }, { label: 'B', value: 0 }] })])), []);
  });

  // Each broken variant: what is changed, and the exact line the author must see.
  const cases: [string, (c: Record<string, any>) => void, string][] = [
    ['missing field', (c) => delete c.events[0].title, 'events[0].title: missing required field'],
    ['unknown key', (c) => (c.events[0].colour = 'red'), 'events[0].colour: unknown key (not part of the content format; check the spelling)'],
    ['unknown top-level key', (c) => (c.glosary = []), 'glosary: unknown key (not part of the content format; check the spelling)'],
    ['wrong type', (c) => (c.claims[0].truth = 'yes'), 'claims[0].truth: expected true or false, got "yes"'],
    ['bad date format', (c) => (c.events[0].date = 'July 4'), 'events[0].date: expected a date like 2019-07-04, 2019-07 or 2019, got "July 4"'],
    ['impossible date', (c) => (c.events[0].date = '2019-02-30'), 'events[0].date: expected a real calendar date, got "2019-02-30"'],
    ['impossible month', (c) => (c.events[0].date = '2019-13'), 'events[0].date: expected a real calendar date, got "2019-13"'],
    ['bad lastReviewed', (c) => (c.lastReviewed = '2026'), 'lastReviewed: expected a date like 2023-04-24, got "2026"'],
    ['dangling source', (c) => (c.claims[0].sources = ['nowhere']), 'claims[0].sources[0]: unknown source "nowhere" (no source has this id)'],
    ['dangling section', (c) => (c.glossary[1].section = 'nope'), 'glossary[1].section: unknown section "nope" (no section has this id)'],
    ['dangling theme', (c) => (c.sections[0].theme = 'nope'), 'sections[0].theme: unknown theme "nope" (no theme has this id)'],
    ['dangling term in text', (c) => (c.sections[0].paragraphs[0].text[1].term = 'nope'), 'sections[0].paragraphs[0].text[1].term: unknown glossary term "nope" (no glossary term has this id)'],
    ['look-alike that is no term', (c) => (c.glossary[0].confusedWith = ['nope']), 'glossary[0].confusedWith[0]: unknown glossary term "nope" (no glossary term has this id)'],
    ['look-alike that is the term itself', (c) => (c.glossary[0].confusedWith = ['key-word']), 'glossary[0].confusedWith[0]: a term cannot be confused with itself'],
    ['look-alike of another kind', (c) => { c.glossary[1].kind = 'law'; c.glossary[0].confusedWith = ['second-word']; }, 'glossary[0].confusedWith[0]: "second-word" is of kind "law", not "concept": wrong options are terms of the same kind'],
    ['dangling actor', (c) => (c.events[0].actors = ['mars']), 'events[0].actors[0]: unknown actor "mars" (no actor has this id)'],
    ['duplicate id', (c) => c.sources.push({ ...c.sources[0] }), 'sources[1].id: duplicate id "handbook": sources[0] has it already (ids must be unique in "sources")'],
    ['fact listed twice on one item', (c) => (c.claims[0].facts = ['rule', 'year', 'rule']), 'claims[0].facts[2]: "rule" is listed twice in this item\'s facts (first at facts[0])'],
    ['in-sight ref to no item', (c) => (c.sections[0].inSight = ['claim:nope']), 'sections[0].inSight[0]: unknown item "claim:nope" (no claim has this id)'],
    ['in-sight ref without a kind', (c) => (c.sections[0].inSight = ['rule-year']), 'sections[0].inSight[0]: expected an item ref: term, claim, event, group, blank, scenario, a colon and the item\'s id, like "claim:group-a-july", got "rule-year"'],
    ['feedback giving away an unknown item', (c) => (c.claims[0].givesAway = ['blank:nope']), 'claims[0].givesAway[0]: unknown item "blank:nope" (no blank has this id)'],
    ['feedback giving away its own item', (c) => (c.claims[0].givesAway = ['claim:rule-year']), 'claims[0].givesAway[0]: an item cannot give away itself'],
    ['uncited teaching item', (c) => (c.claims[0].sources = []), 'claims[0].sources: expected at least one source id, got none'],
    ['paragraph with more than three sources', (c) => (c.sections[0].paragraphs[0].sources = ['handbook', 'handbook', 'handbook', 'handbook']), 'sections[0].paragraphs[0].sources: paragraph 1 of section "what-it-is" cites 4 sources; cite at most 3, the best ones (official and primary sources first, then established news organisations)'],
    ['item with more than three sources', (c) => (c.claims[0].sources = ['handbook', 'handbook', 'handbook', 'handbook']), 'claims[0].sources: "rule-year" cites 4 sources; cite at most 3, the best ones (official and primary sources first, then established news organisations)'],
    ['source of an unknown kind', (c) => (c.sources[0].kind = 'blog'), 'sources[0].kind: expected one of "government", "court", "regime", "news", "research", "reference", got "blog"'],
    ['source with a malformed language', (c) => (c.sources[0].lang = 'Korean'), 'sources[0].lang: expected the language of the title like "en", "ko" or "ja", got "Korean"'],
    ['"go deeper" block with a section\'s id', (c) => (c.sections[0].deeper = [{ id: 'what-it-is', title: 'More', paragraphs: [{ text: ['More.'], sources: ['handbook'] }] }]), 'sections[0].deeper[0].id: duplicate id "what-it-is" (a "go deeper" block needs an id no section or other block has)'],
    ['item pointing to a missing "go deeper" block', (c) => (c.claims[0].deeper = 'nope'), 'claims[0].deeper: section "what-it-is" has no "go deeper" block "nope"'],
    ['lesson outline step without minutes', (c) => (c.lesson = { objectives: ['Explain it.'], outline: [{ activity: 'Read.' }] }), 'lesson.outline[0].minutes: missing required field'],
    ['uncited item without the field', (c) => delete c.glossary[0].sources, 'glossary[0].sources: missing required field'],
    ['javascript: URL', (c) => (c.sources[0].url = 'javascript:alert(1)'), 'sources[0].url: expected an http(s) URL (other schemes such as javascript: are refused), got "javascript:alert(1)"'],
    ['data: URL', (c) => (c.sources[0].url = 'data:text/html,hi'), 'sources[0].url: expected an http(s) URL (other schemes such as javascript: are refused), got "data:text/html,hi"'],
    ['empty group', (c) => (c.groups[0].members = []), 'groups[0].members: expected at least 2 members, got 0'],
    ['group too small for options', (c) => (c.groups[0].distractors = [{ id: 'green', text: 'green' }]) && (c.groups[0].members.length = 2), 'groups[0]: expected at least 4 members and distractors together to draw options from, got 3'],
    ['empty string', (c) => (c.title = '   '), 'title: expected non-empty text, got "   "'],
    ['bad id', (c) => (c.themes[0].id = 'The Basics'), 'themes[0].id: expected an id (lower-case letters, digits and dashes, like "wassenaar-arrangement"), got "The Basics"'],
    ['term never marked in its section', (c) => (c.sections[0].paragraphs[0].text = ['No terms here.']), 'glossary[0].section: section "what-it-is" never marks this term: add {"term": "key-word", "text": …} to one of its paragraphs'],
    ['theme differs from the section\'s', (c) => (c.claims[0].theme = 'history'), 'claims[0].theme: expected the theme of section "what-it-is" ("basics"), got "history"'],
    ['blank the section never states', (c) => (c.blanks[0].answer = '1991'), 'blanks[0].answer: section "what-it-is" never states "1991": the blank must test what the section shows'],
    ['blank with no sentence around it', (c) => Object.assign(c.blanks[0], { before: '', after: ' ' }), 'blanks[0]: expected text before or after the blank, got neither'],
    ['blank with one distractor', (c) => (c.blanks[0].distractors = ['1991']), 'blanks[0].distractors: expected at least 2 distractors, got 1'],
    ['distractor that is the answer', (c) => (c.blanks[0].distractors = ['1991', ' 1990.']), 'blanks[0].distractors[1]: " 1990." is an accepted answer of this blank (its answer or an alternative), so it cannot be a wrong choice'],
    ['distractor that is an alternative', (c) => Object.assign(c.blanks[0], { alternatives: ['nineteen ninety'], distractors: ['1991', 'Nineteen Ninety'] }), 'blanks[0].distractors[1]: "Nineteen Ninety" is an accepted answer of this blank (its answer or an alternative), so it cannot be a wrong choice'],
    ['distractor given twice', (c) => (c.blanks[0].distractors = ['1991', '1992', '1991']), 'blanks[0].distractors[2]: "1991" repeats another distractor of this blank'],
    ['term reference missing its text', (c) => delete c.sections[0].paragraphs[0].text[1].text, 'sections[0].paragraphs[0].text[1].text: missing required field'],
    ['comparison row with a missing cell', (c) => c.comparison.rows[0].cells.pop(), 'comparison.rows[0].cells: expected at least 2 cells, got 1'],
    ['comparison row with an extra cell', (c) => c.comparison.rows[0].cells.push('extra'), 'comparison.rows[0].cells: expected 2 cells (one per column), got 3'],
    ['tree answer to nowhere', (c) => (c.decisionTree.nodes[0].answers[0].next = 'void'), 'decisionTree.nodes[0].answers[0].next: unknown node "void" (no node has this id)'],
    ['tree that loops', (c) => (c.decisionTree.nodes[1].answers[1].next = 'listed'), 'decisionTree.nodes: the tree loops back to node "listed"; every path must end at an outcome'],
    ['unreachable node', (c) => c.decisionTree.nodes.push({ kind: 'outcome', id: 'orphan', title: 'Orphan', explanation: 'x', sources: ['handbook'] }), 'decisionTree.nodes[5]: node "orphan" cannot be reached from the start "listed"'],
    ['scenario that ends elsewhere', (c) => (c.decisionTree.scenarios[0].outcome = 'free'), 'decisionTree.scenarios[0].outcome: expected the outcome its choices lead to ("needs-permit"), got "free"'],
    ['scenario with a wrong answer id', (c) => (c.decisionTree.scenarios[0].choices.warned = 'maybe'), 'decisionTree.scenarios[0].choices.warned: unknown answer "maybe" (question "warned" has no answer with this id)'],
    ['bar past the axis end', (c) => (c.figures = [barChart({ max: 50 })]), 'figures[0].bars[1].value: 80 is past the axis end "max" (50)'],
    ['negative bar', (c) => (c.figures = [barChart({ bars: [{ label: 'A', value: -3 }, { label: 'B', value: 1 }] })]), 'figures[0].bars[0].value: expected a number of at least 0, got -3'],
    ['bar chart of one bar', (c) => (c.figures = [barChart({ bars: [{ label: 'A', value: 3 }] })]), 'figures[0].bars: expected at least 2 bars, got 1'],
    ['bar citing an unknown source', (c) => (c.figures = [barChart({ bars: [{ label: 'A', value: 3, sources: ['nope'] }, { label: 'B', value: 1 }] })]), 'figures[0].bars[0].sources[0]: unknown source "nope" (no source has this id)'],
    ['bar chart without a unit', (c) => (c.figures = [barChart({ unit: undefined })]), 'figures[0].unit: missing required field'],
    ['bar label too long for a phone', (c) => (c.figures = [barChart({ bars: [{ label: 'A label far too long to fit on one line', value: 1 }, { label: 'B', value: 2 }] })]), 'figures[0].bars[0].label: a bar\'s label is drawn on one line and must fit a phone: at most 32 characters, got 39'],
    ['Korean bar label too long', (c) => (c.figures = [barChart({ bars: [{ label: '고순도 불화수소와 포토레지스트와 불화폴리이미드', value: 1 }, { label: 'B', value: 2 }] })]), 'figures[0].bars[0].label: a bar\'s label is drawn on one line and must fit a phone: at most 16 characters in Chinese, Japanese or Korean script, got 25'],
    ['node of unknown kind', (c) => (c.decisionTree.nodes[2].kind = 'result'), 'decisionTree.nodes[2].kind: expected a node whose "kind" is "question" or "outcome", got "result"'],
  ];

  for (const [name, mutate, expected] of cases) {
    test(`rejects: ${name}`, () => {
      const errors = errorsOf(mutate);
      assert.ok(errors.includes(expected), `expected the error\n  ${expected}\ngot\n  ${errors.join('\n  ') || '(no errors)'}`);
    });
  }

  test('reports every problem at once', () => {
    const errors = errorsOf((c) => {
      delete c.events[0].title;
      c.sources[0].url = 'javascript:x';
      c.claims[0].sources = ['nowhere'];
    });
    assert.equal(errors.length, 3, errors.join('\n'));
  });

  test('a JSON syntax error names its line and column, and what was expected there, in every engine', () => {
    const lines = JSON.stringify(JSON.parse(readFileSync('test/fixtures/solar-system.json', 'utf8')), null, 2).split('\n');
    // Drop the comma after the first source's title: the next key then follows a value directly.
    const at = lines.findIndex((line) => line.includes('"title"') && line.trim().endsWith(','));
    lines[at] = lines[at]!.replace(/,$/, '');
    const result = parseContent(lines.join('\n'));
    assert.equal(result.ok, false);
    const [error] = !result.ok ? result.errors : [];
    const column = lines[at + 1]!.indexOf('"') + 1;
    assert.equal(
      error!.message,
      `The content file is not valid JSON: line ${at + 2}, column ${column}: expected a comma or the closing } after the value. Line ${at + 2} reads: ${lines[at + 1]!.trim()}`,
    );
    assert.equal(error!.line, at + 2, 'the line travels as a number too, for an editor to jump to');
    const cases: [string, RegExp][] = [
      ['{"a": [1, 2,]}', /line 1, column 13: expected another value after the comma \(remove the trailing comma\)/],
      ['{"a": 1,}', /line 1, column 9: expected another key after the comma \(remove the trailing comma\)/],
      ["{'a': 1}", /line 1, column 2: expected a key in double quotes/],
      ['{"a": "x\ny"}', /line 1, column 9: expected no line break/],
      ['{"a": 1} x', /line 1, column 10: expected the end of the file/],
    ];
    for (const [source, pattern] of cases) {
      const broken = parseContent(source);
      assert.ok(!broken.ok && pattern.test(broken.errors[0]!.message), `${source}: ${!broken.ok && broken.errors[0]!.message}`);
    }
  });

  test('files that are not a content object get one clear sentence', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['   \n', /empty/],
      ['{', /not valid JSON/],
      ['<!DOCTYPE html><html>', /HTML, not JSON/],
      ['[]', /list; it should hold one JSON object/],
      ['{}', /empty object/],
      ['null', /must be a JSON object/],
      ['42', /must be a JSON object/],
      ['"text"', /must be a JSON object/],
    ];
    for (const [source, pattern] of cases) {
      const result = parseContent(source);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.errors.length, 1, source);
        assert.match(result.errors[0]!.message, pattern, source);
      }
    }
  });

  test('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateContent(value);
        assert.equal(typeof result.ok, 'boolean');
      }),
      { numRuns: 1000 },
    );
  });

  test('never throws on mutated content', () => {
    const base = validBase();
    const paths = collectPaths(base);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue()), { minLength: 1, maxLength: 5 }), (edits) => {
        const content = structuredClone(base);
        for (const [path, value] of edits) setAt(content, path, value);
        const result = validateContent(content);
        if (!result.ok) assert.ok(result.errors.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

type Path = (string | number)[];

function collectPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => collectPaths(item, [...prefix, key]))];
}

function setAt(target: any, path: Path, value: unknown) {
  if (path.length === 0) return;
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = node[key];
  }
  if (node !== null && typeof node === 'object') node[path[path.length - 1]!] = value;
}
