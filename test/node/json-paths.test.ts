import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jsonPathLines, lineOfPath } from '../../src/core/content/json-paths.js';
import { parseContent } from '../../src/core/content/validate.js';

describe('the line of a JSON path, so an author can go from an error to its line', () => {
  const text = ['{', '  "id": "x",', '  "events": [', '    { "id": "a", "date": "2019" },', '    {', '      "id": "b \\" c"', '    }', '  ],', '  "n": [1, 2.5e3, true, null]', '}'].join('\n');
  const lines = jsonPathLines(text);

  test('every value, nested in objects and lists, is found on its line', () => {
    assert.equal(lines.get(''), 1);
    assert.equal(lines.get('id'), 2);
    assert.equal(lines.get('events[0].date'), 4);
    assert.equal(lines.get('events[1]'), 5);
    assert.equal(lines.get('events[1].id'), 6);
    assert.equal(lines.get('n[3]'), 9);
  });

  test('a missing field points to the nearest value that is there; an id in the path is read past', () => {
    assert.equal(lineOfPath(lines, 'events[1].date'), 5);
    assert.equal(lineOfPath(lines, 'events[1] (id "b").date'), 5);
    assert.equal(lineOfPath(lines, 'title'), 1);
  });

  test('each problem the validator finds in a real file has a line that holds it', () => {
    const content = JSON.parse(readFileSync('test/fixtures/solar-system.json', 'utf8'));
    content.claims[2].sources = ['nowhere'];
    const source = JSON.stringify(content, null, 2);
    const result = parseContent(source);
    assert.equal(result.ok, false);
    const error = !result.ok && result.errors.find((e) => e.message.includes('nowhere'));
    assert.ok(error, 'the validator reports the unknown source');
    const line = lineOfPath(jsonPathLines(source), error.path)!;
    assert.match(source.split('\n')[line - 1]!, /"nowhere"/);
  });
});
