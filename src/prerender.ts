/**
 * Prerendering, for a page's build in Node: `<export-controls-explainer>`'s first screen as declarative
 * shadow DOM, so the page shows the lesson before its script has loaded (see "Prerendering" in the
 * README). Needs `@lit-labs/ssr`, an optional peer dependency. The first call installs Lit's DOM shim
 * in the global scope, as Lit's server rendering requires: run it in a build step or a process of its own.
 */
import { attributesOf, isEnglish } from './prerender-tag.js';

/**
 * Lit's server renderer, with the DOM shim installed first and then the lesson's elements and the
 * bundled content, imported on the first call: imported statically, they would make this entry's
 * declarations need the DOM's types, which a build script in Node does not have.
 */
async function loadRenderer() {
  try {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  } catch (error) {
    throw new Error('prerender() needs @lit-labs/ssr beside this package: npm install --save-dev @lit-labs/ssr', { cause: error });
  }
  const [{ render }, { collectResult }, { html }] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit')]);
  await import('./bundled-content.js');
  await import('./lesson-elements.js');
  return { render, collectResult, html };
}

/** An error for a start tag that asks for what cannot be prerendered (the caller should leave that element empty). */
function refusal(message: string): TypeError {
  return Object.assign(new TypeError(message), { code: 'ERR_ECE_PRERENDER_REFUSED' });
}

/**
 * The element with its first screen inside: the header, the contents and the first sections, as its
 * first render in a browser holds them, with the bundled English content. `startTag` is the element's
 * start tag as the page has it (its attributes are kept); put the result in place of the empty element.
 * The page's script must be this package's, of the same version, with the bundled English content (the
 * script-tag file or the main entry, not `/elements` with content of the page's own). The element renders
 * over this markup when its script runs; it does not hydrate it. Only the lesson's
 * elements are defined here, as in the script-tag file before the quiz's code arrives, so the quiz's
 * place comes out empty, as it first is in a browser.
 *
 * @throws {TypeError} (with `code` `"ERR_ECE_PRERENDER_REFUSED"`) when `startTag` is not one
 * `<export-controls-explainer …>` start tag, or asks for what this cannot prerender: content from `src`,
 * another language than English, or `defer-hydration` (which would keep the element from ever
 * rendering). Leave such an element empty.
 * @throws {Error} when `@lit-labs/ssr` is missing, or the render did not produce the lesson.
 */
export async function prerender(startTag = '<export-controls-explainer>'): Promise<string> {
  if (typeof startTag !== 'string') throw refusal(`prerender() takes a start tag as a string, not ${typeof startTag}`);
  const tag = startTag.trim();
  const attributes = attributesOf(tag);
  if (!attributes) throw refusal(`prerender() takes the start tag of <export-controls-explainer>, not ${JSON.stringify(tag.slice(0, 80))}`);
  const lang = attributes.get('lang');
  if (attributes.has('src') || (lang !== undefined && !isEnglish(lang))) {
    throw refusal('prerender() renders the bundled English content only: leave an element with src or another lang empty');
  }
  if (attributes.has('defer-hydration')) throw refusal('prerender() cannot keep defer-hydration: the element would never render; remove it');
  const { render, collectResult, html } = await loadRenderer();
  // A template with no expressions, from the page's own markup (trusted: it is the page being built).
  const markup = `${tag}</export-controls-explainer>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  const rendered = await collectResult(render(html(strings)));
  // A loading or error state instead of the lesson would be worse than no prerender: say so.
  if (!/<template shadowroot(?:mode)?="open"/.test(rendered) || !rendered.includes('<article')) {
    throw new Error(`prerender() did not render the lesson; it rendered: ${rendered.replace(/<style>[^]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)}`);
  }
  // The element renders over this markup instead of hydrating it, so Lit's hydration markers are dropped.
  return rendered.replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+|\?lit\$\d+\$|\?)-->/g, '');
}
