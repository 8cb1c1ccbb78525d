import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates';

const root = fileURLToPath(new URL('.', import.meta.url));

/** What each build mode writes: the main tag, the elements without content, and the classroom tools. */
const ENTRIES: Record<string, { entry: string; file: string }> = {
  production: { entry: 'src/bundle.ts', file: 'export-controls-explainer.js' },
  'code-only': { entry: 'src/define.ts', file: 'export-controls-explainer.js' },
  classroom: { entry: 'src/classroom.ts', file: 'classroom.js' },
};

// `npm start` serves demo/ (which imports the source); `npm run build` writes the
// embeddable module dist/export-controls-explainer.js, with Lit and the English content inside.
// `vite build --mode code-only` writes dist/code-only/: the elements without bundled
// content, for pages that bring their own through `src` (and for measuring the code alone).
// `vite build --mode classroom` writes dist/classroom.js: the teacher page, worksheet and
// authoring page with everything they need, for a school to host beside the component.
export default defineConfig(({ mode, command }) => ({
  root: 'demo',
  // demo/public (the favicon) is for the demo server, not for the files pages embed.
  publicDir: command === 'build' ? false : 'public',
  plugins: [minifyTemplates()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: mode === 'code-only' ? '../dist/code-only' : '../dist',
    // The main build empties dist/; the code-only and classroom builds add to it.
    emptyOutDir: mode !== 'code-only' && mode !== 'classroom',
    target: 'es2022',
    minify: true,
    // Vite leaves whitespace and /*#__PURE__*/ comments in ES library builds so that another
    // bundler can tree-shake them; this file is what pages load as it is, so minify it fully.
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: {
      entry: fileURLToPath(new URL(ENTRIES[mode]?.entry ?? ENTRIES.production!.entry, import.meta.url)),
      formats: ['es'],
      fileName: () => ENTRIES[mode]?.file ?? ENTRIES.production!.file,
    },
  },
}));
