/**
 * Where each value of a JSON text starts, by the path the validator reports (`events[3].date`),
 * so an authoring tool can send an author from an error to its line. A small reader of the JSON
 * grammar that records offsets; it expects valid JSON (run it after `JSON.parse` succeeds).
 */

/** 1-based line of each path's value; the root is `''`. */
export function jsonPathLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;
  const advance = (count = 1) => {
    for (let i = 0; i < count; i++) if (source[at++] === '\n') line++;
  };
  const space = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at]!)) advance();
  };
  const string = (): string => {
    const start = at;
    advance(); // opening quote
    while (at < source.length && source[at] !== '"') advance(source[at] === '\\' ? 2 : 1);
    advance(); // closing quote
    return JSON.parse(source.slice(start, at)) as string;
  };
  const value = (path: string): void => {
    space();
    lines.set(path, line);
    const char = source[at];
    if (char === '{') {
      advance();
      space();
      if (source[at] === '}') return advance();
      for (;;) {
        space();
        const key = string();
        space();
        advance(); // colon
        value(path ? `${path}.${key}` : key);
        space();
        if (source[at] === ',') advance();
        else return advance(); // closing brace
      }
    }
    if (char === '[') {
      advance();
      space();
      if (source[at] === ']') return advance();
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        space();
        if (source[at] === ',') advance();
        else return advance(); // closing bracket
      }
    }
    if (char === '"') return void string();
    // A number, true, false or null: up to the next delimiter.
    while (at < source.length && !',]} \t\n\r'.includes(source[at]!)) advance();
  };
  value('');
  return lines;
}

/**
 * The line of the nearest value a path names: the path itself, else its closest parent that exists
 * (a missing field is reported at the path it should have, inside an object that is there). A path
 * as the validator prints it may name an item's id after its index (`claims[3] (id "x").sources`).
 */
export function lineOfPath(lines: Map<string, number>, path: string): number | undefined {
  let current = path.replace(/ \(id "[^"]*"\)/gu, '');
  for (;;) {
    const found = lines.get(current);
    if (found !== undefined) return found;
    if (current === '') return undefined;
    const parent = current.replace(/(\.[^.[\]]+|\[\d+\])$/u, '');
    current = parent === current ? '' : parent;
  }
}
