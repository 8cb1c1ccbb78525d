/**
 * Writes content/schema.json from the Valibot schema, so types, runtime
 * validation and the editor's JSON Schema never drift apart.
 * `--check` exits 1 when the committed file is out of date (run by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ContentSchema } from '../src/core/content/schema.js';

export const SCHEMA_PATH = new URL('../content/schema.json', import.meta.url);

export function buildJsonSchema(): string {
  // Checks that JSON Schema cannot express (real calendar dates, cross-references)
  // are left to `npm run validate`; the patterns and shapes carry over.
  const schema = toJsonSchema(ContentSchema, { errorMode: 'ignore', target: 'draft-07' });
  const document = {
    ...schema,
    $id: 'https://export-controls-explainer.example/content.schema.json',
    title: 'export-controls-explainer content file',
    description:
      'Explainer and quiz content. Generated from src/core/content/schema.ts by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = buildJsonSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_PATH, 'utf8');
    if (current !== fresh) {
      console.error('content/schema.json is out of date: run `npm run schema`.');
      process.exitCode = 1;
    } else console.log('content/schema.json is up to date.');
  } else {
    writeFileSync(SCHEMA_PATH, fresh);
    console.log('Wrote content/schema.json');
  }
}
