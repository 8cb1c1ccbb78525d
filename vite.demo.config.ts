import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates';

// The demo site as static files (dist-demo/): the page for page authors, the teacher
// page, the worksheet and the content authors' check-and-preview page. Used for print tests, Lighthouse and benchmarks.
export default defineConfig({
  root: 'demo',
  plugins: [minifyTemplates()],
  base: './',
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    // No <link rel="modulepreload"> for the lesson chunk in the HTML: it competed with the page's own
    // first paint (Lighthouse FCP 1.2 s → 1.6 s); the demo script asks for it at once anyway.
    modulePreload: false,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('demo/index.html', import.meta.url)),
        teacher: fileURLToPath(new URL('demo/teacher.html', import.meta.url)),
        worksheet: fileURLToPath(new URL('demo/worksheet.html', import.meta.url)),
        author: fileURLToPath(new URL('demo/author.html', import.meta.url)),
      },
      // The four pages share most modules, which would otherwise come in dozens of small chunks, each a
      // request the first screen waits for. What the lesson page needs first goes in one chunk, as in the
      // script-tag file; the quiz, the checks and the classroom pages keep chunks of their own.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'lesson',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|content[\\/]en\.json|src[\\/](bundled-content|bundle)\.ts|src[\\/]i18n[\\/]strings|src[\\/]components[\\/](explainer|export-controls-explainer|timeline|decision-walk|shared)[\\/]|src[\\/]core[\\/](content[\\/](checks|text|reading-time|source-kinds)|dates|decision|questions[\\/](checks-setting|templates[\\/](index|runs|en)))/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
