// The element manifest is committed for editors and tools; it must match the JSDoc of the elements.
// An integration test: it runs the analyzer over the sources (npm test runs it after the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

test('custom-elements.json is generated from the JSDoc of the elements (npm run manifest)', () => {
  // The analyzer takes --outdir relative to the working directory.
  const outdir = 'node_modules/.cache/cem-check';
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
  // The analyzer lists modules in no fixed order: compare them sorted by path.
  const read = (path: string | URL) => {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    manifest.modules.sort((a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path));
    return manifest;
  };
  const manifest = read(new URL('../../custom-elements.json', import.meta.url));
  assert.deepEqual(manifest, read(join(outdir, 'custom-elements.json')), 'custom-elements.json is out of date: run `npm run manifest`');
  const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName);
  for (const tag of ['export-controls-explainer', 'ece-explainer', 'ece-timeline', 'ece-decision-walk']) assert.ok(tags.includes(tag), tag);
  // Every shipped element says in one line what it is, and the main tag lists the custom properties a page author styles it with.
  type Tagged = { tagName?: string; summary?: string; cssProperties?: { name: string }[] };
  const declared = manifest.modules.flatMap((m: { declarations?: Tagged[] }) => m.declarations ?? []).filter((d: Tagged) => d.tagName);
  assert.deepEqual(declared.filter((d: Tagged) => !d.summary).map((d: Tagged) => d.tagName), [], 'elements without a @summary');
  const main: Tagged = declared.find((d: Tagged) => d.tagName === 'export-controls-explainer')!;
  assert.ok(main.cssProperties?.some((p: { name: string }) => p.name === '--ece-max-width'), 'the main tag documents --ece-max-width');
  // The JSDoc must stay attached to the class (a declaration between them detaches it silently).
  type Declaration = { tagName?: string; summary?: string; cssParts?: { name: string }[]; cssProperties?: unknown[] };
  const explainer = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).find((d: Declaration) => d.tagName === 'ece-explainer');
  assert.ok(explainer?.summary, 'ece-explainer has its summary');
  assert.ok(explainer.cssParts?.some((part: { name: string }) => part.name === 'section'), 'ece-explainer documents its parts');
  assert.ok((explainer.cssProperties?.length ?? 0) > 0, 'ece-explainer documents its custom properties');
  // The same for the quiz, whose events are part of the public contract.
  type QuizDeclaration = Declaration & { events?: { name?: string }[] };
  const quiz = manifest.modules.flatMap((m: { declarations?: QuizDeclaration[] }) => m.declarations ?? []).find((d: QuizDeclaration) => d.tagName === 'ece-quiz');
  assert.ok(quiz?.summary, 'ece-quiz has its summary');
  for (const event of ['quiz-start', 'quiz-answer', 'quiz-complete']) assert.ok(quiz.events?.some((e: { name?: string }) => e.name === event), `ece-quiz documents ${event}`);
  assert.ok(quiz.cssParts?.some((part: { name: string }) => part.name === 'feedback'), 'ece-quiz documents its parts');
  // Tools find the manifest through package.json: the package's copy, whose modules name the compiled files in lib/
  // (scripts/package-manifest.mjs writes it from this one). Running the analyzer must not repoint the field.
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(packageJson.customElements, 'lib/custom-elements.json');
});
