import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates';
import { prerenderExplainer } from './scripts/prerender-plugin';

// The demo site as static files (dist-demo/): the page for page authors, the teacher
// page, the worksheet and the content authors' check-and-preview page. Used for print tests, Lighthouse and benchmarks.
// The main tag's first screen is prerendered into the page (declarative shadow DOM), so it paints before the script runs.
export default defineConfig({
  root: 'demo',
  plugins: [minifyTemplates(), prerenderExplainer()],
  base: './',
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('demo/index.html', import.meta.url)),
        teacher: fileURLToPath(new URL('demo/teacher.html', import.meta.url)),
        worksheet: fileURLToPath(new URL('demo/worksheet.html', import.meta.url)),
        author: fileURLToPath(new URL('demo/author.html', import.meta.url)),
      },
    },
  },
});
