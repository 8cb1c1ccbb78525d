import type { Plugin } from 'vite';
import { EMPTY_ELEMENT } from '../src/prerender-tag.js';
import { prerenderInProcess } from './prerender-process.mjs';

/**
 * Build-only Vite plugin: in each page with an empty `<export-controls-explainer>`, puts the element's
 * first screen in the HTML as declarative shadow DOM (scripts/prerender.ts), so the lesson paints
 * before the script has loaded. An element it cannot prerender (content from `src`, another language)
 * is left empty, with a warning; any other failure fails the build. (The pages are the demo's own: an
 * element written inside a comment or a <template> would be filled too.)
 */
export function prerenderExplainer(): Plugin {
  return {
    name: 'ece-prerender-explainer',
    apply: 'build',
    async transformIndexHtml(page, context) {
      const found = [...page.matchAll(EMPTY_ELEMENT)];
      if (found.length === 0) return page;
      const rendered = await Promise.all(
        found.map(([whole, startTag]) =>
          prerenderInProcess(startTag!).catch((error: Error & { refused?: boolean }) => {
            if (!error.refused) throw error;
            this.warn(`${context.path}: left empty: ${error.message}`);
            return whole;
          }),
        ),
      );
      let index = 0;
      return page.replace(EMPTY_ELEMENT, () => rendered[index++]!);
    },
  };
}
