import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates';

const root = fileURLToPath(new URL('.', import.meta.url));

// `npm start` serves demo/ (which imports the source); `npm run build` writes the
// embeddable module dist/export-controls-explainer.js, with Lit and the English content inside.
// `vite build --mode code-only` writes dist/code-only/: the elements without bundled
// content, for pages that bring their own through `src` (and for measuring the code alone).
export default defineConfig(({ mode, command }) => ({
  root: 'demo',
  // demo/public (the favicon) is for the demo server, not for the files pages embed.
  publicDir: command === 'build' ? false : 'public',
  plugins: [minifyTemplates()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: mode === 'code-only' ? '../dist/code-only' : '../dist',
    emptyOutDir: mode !== 'code-only',
    target: 'es2022',
    minify: true,
    // Vite leaves whitespace and /*#__PURE__*/ comments in ES library builds so that another
    // bundler can tree-shake them; this file is what pages load as it is, so minify it fully.
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: {
      entry: fileURLToPath(new URL(mode === 'code-only' ? 'src/define.ts' : 'src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'export-controls-explainer.js',
    },
  },
}));
