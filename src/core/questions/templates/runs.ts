import type { QuestionTemplates } from './index.js';

/**
 * A stretch of a prompt or explanation: the wording's own words carry their language (`lang`);
 * text taken from the content has none and is in the content's language.
 */
export interface TextRun {
  text: string;
  lang?: string;
}

// Private-use characters: never in content, so a placeholder cannot be mistaken for text.
const PLACEHOLDER = /\uE000(\d+(?:\.\d+)?)\uE001/u;
/** Arguments that choose the wording rather than fill it (`Precision`): passed through as they are. */
const CHOICE = /^(year|month|day)$/u;

/** Content as a template may have set it: capitalised, with a full stop added or dropped. */
const loose = (text: string) => text.trim().replace(/[.。]$/u, '').toLowerCase();

/**
 * Wraps a language's question wording so that every sentence it writes can be split into its
 * own words and the content put into them. Used when a content file's language has no wording
 * of its own and the English wording stands in: "Which term fits this definition?" is then
 * marked English around a French definition, so a screen reader reads each in its language.
 *
 * Each call writes the sentence a second time with placeholders for the content, then finds the
 * wording's pieces in the real sentence in order. Where they cannot be found, or what lies
 * between them is not the content given, the sentence gets no runs and is shown as one text.
 */
export function recordRuns(templates: QuestionTemplates, wordingLanguage: string) {
  const runs = new Map<string, TextRun[]>();
  const split = (text: string, skeleton: string, values: Map<string, string>): TextRun[] | undefined => {
    const pieces = skeleton.split(PLACEHOLDER);
    const out: TextRun[] = [];
    let at = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i]!;
      const last = i === pieces.length - 1;
      const found = i === 0 ? (text.startsWith(piece) ? 0 : -1) : last ? (text.endsWith(piece) ? text.length - piece.length : -1) : text.indexOf(piece, at);
      if (found < at) return undefined;
      if (i > 0) {
        const value = text.slice(at, found);
        if (loose(value) !== loose(values.get(pieces[i - 1]!) ?? '')) return undefined;
        out.push({ text: value });
      }
      if (piece) out.push({ text: piece, lang: wordingLanguage });
      at = found + piece.length;
    }
    return at === text.length ? out : undefined;
  };
  const wrapped = Object.fromEntries(
    Object.entries(templates).map(([name, value]) => {
      if (typeof value !== 'function') return [name, value];
      const write = value as (...args: unknown[]) => string;
      const recording = (...args: unknown[]) => {
        const text = write(...args);
        const values = new Map<string, string>();
        const hold = (item: string, key: string) => {
          values.set(key, item);
          return `\uE000${key}\uE001`;
        };
        const placeholders = args.map((arg, i) => {
          if (typeof arg === 'string') return CHOICE.test(arg) ? arg : hold(arg, `${i}`);
          if (Array.isArray(arg) && arg.every((item) => typeof item === 'string')) return arg.map((item: string, j) => hold(item, `${i}.${j}`));
          return arg;
        });
        const found = split(text, write(...placeholders), values);
        // Worth marking only when the wording adds words, not only punctuation around the content.
        if (found?.some((run) => run.lang && /\p{L}/u.test(run.text))) runs.set(text, found);
        return text;
      };
      return [name, recording];
    }),
  ) as unknown as QuestionTemplates;
  return { templates: wrapped, runsOf: (text: string) => runs.get(text) };
}
