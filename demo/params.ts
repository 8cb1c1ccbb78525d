/**
 * The demo pages take the quiz settings as URL parameters named like the
 * attributes (lang, seed, questions, mode, types, themes, scope, checks, src), so a teacher's
 * share link opens exactly the quiz they set up. Unknown parameters are ignored.
 */
const NAMES = ['lang', 'seed', 'questions', 'mode', 'types', 'themes', 'scope', 'checks', 'src'] as const;

/** Sets the element's attributes from the URL; returns the names it set. */
export function applyUrlParams(element: Element, search = window.location.search): Set<string> {
  const params = new URLSearchParams(search);
  const applied = new Set<string>();
  for (const name of NAMES) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') {
      element.setAttribute(name, value.trim());
      applied.add(name);
    }
  }
  const lang = params.get('lang');
  if (lang && /^[a-z]{2}(-[A-Za-z]+)?$/.test(lang)) document.documentElement.lang = lang;
  return applied;
}
