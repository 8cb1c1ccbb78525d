import { readFileSync } from 'node:fs';
import type { Content } from '../../src/core/content/schema.js';
import { parseContent } from '../../src/core/content/validate.js';
import { loadTemplates } from '../../src/core/questions/templates/index.js';

// Tests generate quizzes from Korean and Japanese content, whose wording loads on demand.
await Promise.all(['ko', 'ja'].map(loadTemplates));

export const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** Loads and validates a content file, failing loudly if it is invalid. */
export function loadContent(path: string): Content {
  const result = parseContent(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${path} is invalid:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return result.content;
}

/** Every content file the project ships or tests with. */
export const CONTENT_FILES = ['content/en.json', 'content/ko.json', 'content/ja.json', 'content/template.json', 'test/fixtures/solar-system.json'];
