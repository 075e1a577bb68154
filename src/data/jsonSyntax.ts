/**
 * Where the first JSON syntax error in a text is. V8's own messages no longer
 * give a position, and "not valid JSON" alone does not help anyone fix a
 * 200 kB file. A recursive-descent scanner that builds nothing; iterative
 * over nesting depth is unnecessary for files people write by hand, but it
 * stops at depth 10,000 rather than overflow the stack.
 */

export interface SyntaxErrorLocation {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function findJsonSyntaxError(text: string): SyntaxErrorLocation | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const describe = () => (i >= text.length ? 'the text ends' : `unexpected ${JSON.stringify(text[i])}`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(describe());
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in a string');
      } else if (c < ' ') fail('a control character (such as a raw newline) inside a string');
      else i++;
    }
    fail('a string is not closed');
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(describe());
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a "quoted" key, ${describe()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ":", ${describe()}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(`expected "," or "}", ${describe()}`);
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(`expected "," or "]", ${describe()}`);
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(describe());
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(`${describe()} after the end of the data`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { offset: error.offset, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: error.reason };
  }
}
