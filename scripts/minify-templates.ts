import type { Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Build-only Vite plugin: minifies the markup inside Lit's `html` and the rules inside `css`
 * tagged templates of our own sources (whitespace, comments, CSS shorthand), as Lit's
 * production-build guide recommends. Template expressions are left untouched.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'ece-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // A run of whitespace becomes one space but never disappears: a space at a template's
        // edge can be the only thing between two inline items (citations, say).
        minifyOptions: { conservativeCollapse: true },
      });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}
