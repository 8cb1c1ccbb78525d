/**
 * Where a JSON text first goes wrong, the same in every browser: V8 reports a position, Firefox a
 * line and column, WebKit neither. A small recursive-descent reader of the JSON grammar finds the
 * first offending character and says what was expected there, so a content author with a
 * 1,000-line file is sent to the line, not told "Unexpected token".
 */
export interface JsonSyntaxError {
  /** 1-based line and column of the offending character (or of the end of the text). */
  line: number;
  column: number;
  /** What the grammar expected there, in words. */
  expected: string;
  /** The text of that line, for showing with a caret. */
  lineText: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Undefined when `source` is valid JSON. */
export function locateJsonError(source: string): JsonSyntaxError | undefined {
  let at = 0;
  const space = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at]!)) at++;
  };
  const expect = (char: string, what: string) => {
    if (source[at] !== char) throw new Stop(at, what);
    at++;
  };
  const string = () => {
    expect('"', 'a string in double quotes');
    while (at < source.length && source[at] !== '"') {
      const char = source[at]!;
      if (char < ' ') throw new Stop(at, 'no line break or control character inside a string (write \\n)');
      if (char === '\\') {
        at++;
        const escape = source[at];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(at + 1, at + 5))) throw new Stop(at, 'four hex digits after \\u');
          at += 4;
        } else if (escape === undefined || !'"\\/bfnrt'.includes(escape)) throw new Stop(at, 'a valid escape after \\ (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)');
      }
      at++;
    }
    expect('"', 'the closing double quote of the string');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(at));
    if (!match) throw new Stop(at, 'a value (a string, number, object, list, true, false or null)');
    at += match[0].length;
  };
  const value = (): void => {
    space();
    const char = source[at];
    if (char === '{') {
      at++;
      space();
      if (source[at] === '}') return void at++;
      for (;;) {
        space();
        if (source[at] !== '"') throw new Stop(at, source[at] === '}' ? 'another key after the comma (remove the trailing comma)' : 'a key in double quotes');
        string();
        space();
        expect(':', 'a colon after the key');
        value();
        space();
        if (source[at] === ',') {
          at++;
          continue;
        }
        expect('}', "a comma or the closing } after the value");
        return;
      }
    }
    if (char === '[') {
      at++;
      space();
      if (source[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (source[at] === ',') {
          at++;
          space();
          if (source[at] === ']') throw new Stop(at, 'another value after the comma (remove the trailing comma)');
          continue;
        }
        expect(']', 'a comma or the closing ] after the value');
        return;
      }
    }
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (source.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    number();
  };
  try {
    value();
    space();
    if (at < source.length) throw new Stop(at, 'the end of the file after the JSON object');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = source.slice(0, error.at);
    const line = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = source.indexOf('\n', error.at);
    return {
      line,
      column: error.at - lineStart + 1,
      expected: error.expected,
      lineText: source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, ''),
    };
  }
}
