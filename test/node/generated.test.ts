// Generated files are committed for editors and tools; they must match their sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildJsonSchema, SCHEMA_PATH } from '../../scripts/write-json-schema.js';

test('content/schema.json is generated from the Valibot schema (npm run schema)', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), buildJsonSchema(), 'content/schema.json is out of date: run `npm run schema`');
});

test('every field in content/schema.json has a description (a JSDoc comment in schema.ts)', () => {
  // Editors show these while an author types; a field added without a comment would show nothing.
  type Node = { description?: unknown; properties?: Record<string, Node> } & Record<string, unknown>;
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Node)) {
      if (key !== 'properties') walk(value, key === 'items' ? `${path}[]` : `${path}.${key}`);
      else {
        for (const [name, field] of Object.entries(value as Record<string, Node>)) {
          if (typeof field.description !== 'string' || !field.description.trim()) missing.push(`${path}.${name}`);
          walk(field, `${path}.${name}`);
        }
      }
    }
  };
  walk(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), '$');
  assert.deepEqual(missing, [], `fields without a description (add a /** … */ comment above them in src/core/content/schema.ts, then npm run schema):\n${missing.join('\n')}`);
});
