import type { Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const script = fileURLToPath(new URL('./prerender.ts', import.meta.url));

/**
 * Build-only Vite plugin: in each page with an empty `<export-controls-explainer>`, puts the element's
 * first screen in the HTML as declarative shadow DOM (scripts/prerender.ts), so the lesson paints
 * before the script has loaded. It runs in a process of its own: Lit's server renderer installs a DOM
 * shim in the global scope, which the build's own process should not have.
 */
export function prerenderExplainer(): Plugin {
  return {
    name: 'ece-prerender-explainer',
    apply: 'build',
    transformIndexHtml(page) {
      return page.replace(/(<export-controls-explainer(?:\s[^<>]*)?>)<\/export-controls-explainer>/g, (_, startTag: string) =>
        execFileSync(process.execPath, [tsx, script], { input: startTag, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }),
      );
    },
  };
}
