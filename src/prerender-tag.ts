/**
 * The start tag `<export-controls-explainer …>` as HTML writes it: attributes are names, each with a
 * value in double, single or no quotes, or none. One grammar for `prerender()` and the demo build's
 * plugin, which finds the empty elements to fill. Not part of the package's API.
 */
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + '`' + String.raw`]+))?)*`;
const ATTRIBUTE = new RegExp(String.raw`([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + '`' + String.raw`]+)))?`, 'g');

/** The whole string is one start tag of the element. */
export const START_TAG = new RegExp(String.raw`^<export-controls-explainer(${ATTRIBUTES})\s*>$`, 'i');

/** An empty element in a page (whitespace between its tags allowed); group 1 is its start tag. */
export const EMPTY_ELEMENT = new RegExp(String.raw`(<export-controls-explainer${ATTRIBUTES}\s*>)\s*</export-controls-explainer>`, 'gi');

/**
 * The attributes of the start tag `tag` by lower-case name (the first of a repeated name counts, as in
 * HTML), or undefined if `tag` is not that start tag.
 */
export function attributesOf(tag: string): Map<string, string> | undefined {
  const list = START_TAG.exec(tag)?.[1];
  if (list === undefined) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of list.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The language names English (`en`, `en-GB`, any case). */
export const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);
