// The npm package as a bundler and TypeScript user gets it: packed with `npm pack` (which builds
// it), installed from the tarball into a fresh project, type-checked against the published
// declarations, bundled with Vite, and its command run from node_modules/.bin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
const vite = join(repo, 'node_modules/vite/bin/vite.js');

/** A page author's TypeScript: every entry point, the element types, properties and events. */
const APP = `
// Side-effect imports, as a page does: they register the tags (with the bundled English) and the classroom ones.
import 'export-controls-explainer';
import 'export-controls-explainer/classroom';
import { ExportControlsExplainer, QuizCompleteEvent } from 'export-controls-explainer';
import { EceQuiz, setDefaultContent, type Content } from 'export-controls-explainer/elements';
import { EceTeacher } from 'export-controls-explainer/classroom';
import { generateQuiz, parseContent, decodeResultCode, type Question } from 'export-controls-explainer/core';
import english from 'export-controls-explainer/content/en.json';
import schema from 'export-controls-explainer/schema.json';

// Tag names map to the element classes.
const explainer: ExportControlsExplainer = document.createElement('export-controls-explainer');
explainer.seed = 'class-7b';
explainer.questionCount = 5;
explainer.mode = 'test';
explainer.headingLevel = 3;
// @ts-expect-error: the question count is a number, so the declarations are not \`any\`.
explainer.questionCount = 'five';
// @ts-expect-error: the mode is 'practice' or 'test'.
explainer.mode = 'exam';

// Events are typed on the element and on the document.
explainer.addEventListener('quiz-complete', (event) => {
  const complete: QuizCompleteEvent = event;
  const code: string = event.detail.resultCode;
  const score: number = complete.detail.score;
  console.log(code, score);
});
document.addEventListener('quiz-answer', (event) => {
  const right: boolean = event.detail.correct;
  const credit: number = event.detail.credit;
  console.log(right, credit);
});
document.addEventListener('quiz-start', (event) => console.log(event.detail.seed, event.detail.questionIds.length));

const quiz: EceQuiz = document.createElement('ece-quiz');
const teacher: EceTeacher = document.createElement('ece-teacher');
document.body.append(explainer, quiz, teacher);

// The core: validate a file, generate a quiz, read a result code.
const parsed = parseContent(JSON.stringify(english));
if (parsed.ok) {
  const content: Content = parsed.content;
  setDefaultContent(content);
  const questions: Question[] = generateQuiz(content, { seed: 'class-7b', count: 5 }).questions;
  const decoded = decodeResultCode('not-a-code', content, { seed: 'class-7b', count: 5, mode: 'test', types: [], themes: [] }, questions);
  if (!decoded.ok) console.log(decoded.reason);
}
console.log(typeof schema);
`;

/** A named import from /elements only: the tags must still be registered (side effects are declared, not dropped). */
const ELEMENTS_ONLY = `
import { setDefaultContent } from 'export-controls-explainer/elements';
console.log(typeof setDefaultContent);
`;

/** A school's server: the core alone, which must not pull in Lit or define elements. */
const SERVER = `
import { generateQuiz, loadTemplates, parseContent } from 'export-controls-explainer/core';
import korean from 'export-controls-explainer/content/ko.json' with { type: 'json' };

await loadTemplates('ko');
const parsed = parseContent(JSON.stringify(korean));
if (!parsed.ok) throw new Error('invalid');
console.log(JSON.stringify(generateQuiz(parsed.content, { seed: 'worksheet', count: 3 }).questions.map((question) => question.id)));
`;

/** A page's build step that prerenders the main tag into its HTML (Node, with @lit-labs/ssr installed). */
const PRERENDER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { prerender } from 'export-controls-explainer/prerender';

const page = readFileSync('page.html', 'utf8');
const tag = '<export-controls-explainer heading-level="2">';
const markup = await prerender(tag);
// A function, so that a "$" in the lesson's text is not read as a replacement pattern.
writeFileSync('page.prerendered.html', page.replace(\`\${tag}</export-controls-explainer>\`, () => markup));
`;

describe('the npm package', () => {
  let project = '';
  const run = (command: string, args: string[], cwd = project) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'ece-package-'));
    // `npm pack` runs the prepack build, as publishing does; its log goes to stdout, so the tarball is found on disk.
    run('npm', ['pack', '--pack-destination', project], repo);
    const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // Lit and valibot come from npm's cache when `npm ci` has filled it; so does @lit-labs/ssr (the optional
    // peer dependency of the /prerender entry, a devDependency here), which a page author adds to prerender.
    const ssr = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).peerDependencies['@lit-labs/ssr'];
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, tarball), `@lit-labs/ssr@${ssr}`]);
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/app.ts'), APP);
    writeFileSync(join(project, 'src/server.ts'), SERVER);
    writeFileSync(join(project, 'src/prerender.ts'), PRERENDER);
    writeFileSync(join(project, 'src/elements-only.ts'), ELEMENTS_ONLY);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  test('type-checks against the published declarations, for a bundler and for Node', () => {
    const options = { target: 'ES2022', strict: true, noEmit: true, resolveJsonModule: true, skipLibCheck: false, types: [] };
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...options, module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'] }, files: ['src/app.ts'] }),
    );
    writeFileSync(
      join(project, 'tsconfig.node.json'),
      // A Node project has Node's types (the repository's copy: the consumer installs nothing else).
      JSON.stringify({
        compilerOptions: { ...options, module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: ['node'], typeRoots: [join(repo, 'node_modules/@types')] },
        files: ['src/server.ts', 'src/prerender.ts'],
      }),
    );
    for (const config of ['tsconfig.json', 'tsconfig.node.json']) {
      const result = spawnSync(process.execPath, [tsc, '-p', config], { cwd: project, encoding: 'utf8' });
      assert.equal(result.status, 0, `${config}:\n${result.stdout}${result.stderr}`);
    }
  });

  test('bundles with Vite; the core alone leaves the elements and Lit out', () => {
    writeFileSync(join(project, 'index.html'), '<!doctype html><html lang="en"><title>App</title><script type="module" src="/src/app.ts"></script></html>');
    run(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', 'app']);
    const bundled = (dir: string) => readdirSync(join(project, dir)).map((file) => readFileSync(join(project, dir, file), 'utf8')).join('\n');
    const app = bundled('app/assets');
    // The main entry brought the bundled English lesson, the classroom entry its authoring element.
    const english = JSON.parse(readFileSync(join(project, 'node_modules/export-controls-explainer/content/en.json'), 'utf8'));
    assert.ok(app.includes(english.sections[0].keyPoint), 'the bundled English content reached the bundle');
    const names = (tag: string) => new RegExp(`["'\`]${tag}["'\`]`);
    for (const tag of ['export-controls-explainer', 'ece-quiz', 'ece-teacher', 'ece-author']) assert.match(app, names(tag), `${tag} is registered`);
    // Only the main entry registers the bundled Korean content, as a chunk loaded on demand (app.ts imports the
    // English file itself, so the English text alone would not prove the entry was bundled).
    const korean = JSON.parse(readFileSync(join(project, 'node_modules/export-controls-explainer/content/ko.json'), 'utf8'));
    const chunks = readdirSync(join(project, 'app/assets')).map((file) => readFileSync(join(project, 'app/assets', file), 'utf8'));
    assert.ok(chunks.some((chunk) => chunk.includes(korean.sections[0].keyPoint) && !chunk.includes(english.sections[0].keyPoint)), 'the main entry brought its Korean chunk');

    writeFileSync(
      join(project, 'vite.elements.config.mjs'),
      "export default { build: { outDir: 'elements', target: 'es2022', lib: { entry: 'src/elements-only.ts', formats: ['es'], fileName: () => 'elements.js' } } };",
    );
    run(process.execPath, [vite, 'build', '--logLevel', 'warn', '--config', 'vite.elements.config.mjs']);
    const elementsOnly = bundled('elements');
    for (const tag of ['export-controls-explainer', 'ece-quiz']) assert.match(elementsOnly, names(tag), `a named import from /elements still registers ${tag}`);
    assert.ok(!elementsOnly.includes(english.sections[0].keyPoint), '/elements brings no content');

    // Library mode bundles every import (an SSR build would leave node_modules outside).
    writeFileSync(
      join(project, 'vite.server.config.mjs'),
      "export default { build: { outDir: 'server', target: 'es2022', lib: { entry: 'src/server.ts', formats: ['es'], fileName: () => 'server.js' } } };",
    );
    run(process.execPath, [vite, 'build', '--logLevel', 'warn', '--config', 'vite.server.config.mjs']);
    const server = readFileSync(join(project, 'server/server.js'), 'utf8');
    assert.doesNotMatch(server, /customElements\.define|from "lit"|LitElement/, 'the core pulls in no element');
    const ids = JSON.parse(run(process.execPath, [join(project, 'server/server.js')]));
    assert.equal(ids.length, 3);
  });

  test('prerenders the main tag into a page in Node, the quiz left to load in the browser', () => {
    writeFileSync(join(project, 'page.html'), '<!doctype html><html lang="en"><body><export-controls-explainer heading-level="2"></export-controls-explainer></body></html>');
    // The build step as a page author writes it, in JavaScript (the TypeScript copy is type-checked above).
    writeFileSync(join(project, 'prerender.mjs'), PRERENDER);
    run(process.execPath, ['prerender.mjs']);
    const page = readFileSync(join(project, 'page.prerendered.html'), 'utf8');
    const english = JSON.parse(readFileSync(join(project, 'node_modules/export-controls-explainer/content/en.json'), 'utf8'));
    assert.match(page, /<export-controls-explainer\s+heading-level="2"><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(page.includes(english.sections[0].title), 'the first section is in the page');
    assert.match(page, /<ece-quiz[^>]*><\/ece-quiz>/, 'the quiz is left empty');
    assert.ok(page.endsWith('</export-controls-explainer></body></html>'));
  });

  test('ships an element manifest whose modules are files in the package', () => {
    const installed = join(project, 'node_modules/export-controls-explainer');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
    type Module = { path: string; declarations?: { tagName?: string }[] };
    assert.ok(manifest.modules.some((m: Module) => m.declarations?.some((d) => d.tagName === 'export-controls-explainer')));
    const missing = manifest.modules.map((m: Module) => m.path).filter((path: string) => !existsSync(join(installed, path)));
    assert.deepEqual(missing, [], 'manifest modules missing from the package');
  });

  test('runs its command from node_modules/.bin', () => {
    const bin = join(project, 'node_modules/.bin/export-controls-explainer');
    const content = join(project, 'node_modules/export-controls-explainer/content/en.json');
    assert.match(run(bin, ['validate', content]), /valid\. 3 themes/);
    const questions = JSON.parse(run(bin, ['questions', '--content', content, '--seed', 'pack', '--count', '3', '--json']));
    assert.equal(questions.questions.length, 3);

    const broken = join(project, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(content, 'utf8')), version: 7 }));
    const invalid = spawnSync(bin, ['validate', broken], { encoding: 'utf8' });
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /version/);

    const unknown = spawnSync(bin, ['publish'], { encoding: 'utf8' });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown command "publish"/);
    // Usage names the command as the user typed it, not the repository's npm scripts.
    const usage = spawnSync(bin, ['validate'], { encoding: 'utf8' });
    assert.match(usage.stderr, /Usage: export-controls-explainer validate/);
  });
});
