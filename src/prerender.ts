/**
 * Prerendering, for a page's build in Node: `<export-controls-explainer>`'s first screen as declarative
 * shadow DOM, so the page shows the lesson before its script has loaded (see "Prerendering" in the
 * README). Needs `@lit-labs/ssr`, an optional peer dependency. The first call installs Lit's DOM shim
 * in the global scope, as Lit's server rendering requires: run it in a build step or a process of its own.
 */

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

/** `<export-controls-explainer …>`: its attributes are names, each with a value in double, single or no quotes, or none. */
const START_TAG = /^<export-controls-explainer((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>$/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of `<export-controls-explainer …>` by lower-case name, or undefined if `tag` is not that start tag. */
function attributesOf(tag: string): Map<string, string> | undefined {
  const list = START_TAG.exec(tag)?.[1];
  if (list === undefined) return undefined;
  return new Map([...list.matchAll(ATTRIBUTE)].map((match) => [match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']));
}

/**
 * The element with its first screen inside: the header, the contents and the first sections, as its
 * first render in a browser holds them, with the bundled English content. `startTag` is the element's
 * start tag as the page has it (its attributes are kept); put the result in place of the empty element.
 * The element renders over this markup when its script runs; it does not hydrate it. Only the lesson's
 * elements are defined here, as in the script-tag file before the quiz's code arrives, so the quiz's
 * place comes out empty, as it first is in a browser.
 *
 * @throws {TypeError} when `startTag` is not one `<export-controls-explainer …>` start tag, or asks for
 * what this cannot prerender: content from `src`, another language than English, or `defer-hydration`
 * (which would keep the element from ever rendering). Leave such an element empty.
 */
export async function prerender(startTag = '<export-controls-explainer>'): Promise<string> {
  if (typeof startTag !== 'string') throw new TypeError(`prerender() takes a start tag as a string, not ${typeof startTag}`);
  const tag = startTag.trim();
  const attributes = attributesOf(tag);
  if (!attributes) throw new TypeError(`prerender() takes the start tag of <export-controls-explainer>, not ${JSON.stringify(tag.slice(0, 80))}`);
  const lang = attributes.get('lang');
  if (attributes.has('src') || (lang !== undefined && !/^en(-|$)/i.test(lang))) {
    throw new TypeError('prerender() renders the bundled English content only: leave an element with src or another lang empty');
  }
  if (attributes.has('defer-hydration')) throw new TypeError('prerender() cannot keep defer-hydration: the element would never render; remove it');
  const { render, collectResult, html } = await loadRenderer();
  // A template with no expressions, from the page's own markup (trusted: it is the page being built).
  const markup = `${tag}</export-controls-explainer>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  const rendered = await collectResult(render(html(strings)));
  // The element renders over this markup instead of hydrating it, so Lit's hydration markers are dropped.
  return rendered.replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+|\?lit\$\d+\$|\?)-->/g, '');
}
