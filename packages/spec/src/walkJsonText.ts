/** One value met by {@link walkJsonText}. */
export interface JsonTextValue {
  /** The property name (unescaped) or array index under which the value sits; undefined for the root. */
  key: string | number | undefined;
  /** Offset of the property name's opening quote; -1 for array items and the root. */
  keyOffset: number;
  /** Offset of the value's first character. */
  offset: number;
  /** Nesting level of the value: the root is 1, a value inside it 2 … */
  depth: number;
  kind: 'object' | 'array' | 'scalar';
}

/** What {@link walkJsonText} calls: `enter` for every value, `leave` when an object or array closes. */
export interface JsonTextVisitor {
  enter(value: JsonTextValue): void;
  leave?(): void;
}

/** JSON whitespace, and a byte-order mark (editors on Windows save one; it is not part of the JSON). */
const isWhitespace = (code: number) =>
  code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff;

/**
 * Walks a JSON text in one pass, without recursion and without building a tree: every value is reported
 * with its key or index, offsets and depth, in document order. Linear in the length of the text at any
 * nesting depth, so locating thousands of diagnostics, or finding duplicate keys, costs one read of the text.
 *
 * The text must be valid JSON (`JSON.parse` accepted it, or `JSON.stringify` wrote it); on anything else the
 * walk ends early or reports nonsense, but it never throws and never loops.
 *
 * @example
 * walkJsonText('{"a": [1]}', { enter: (value) => console.log(value.key, value.offset) });
 * // undefined 0, 'a' 6, 0 7
 */
export function walkJsonText(text: string, visitor: JsonTextVisitor): void {
  const length = text.length;
  /** For each open container: whether it is an array, and the index of its current item. */
  const open: { array: boolean; index: number }[] = [];
  let at = 0;

  const skipWhitespace = () => {
    while (at < length && isWhitespace(text.charCodeAt(at))) at++;
  };
  /** The offset just past the string that starts (with its quote) at `start`. */
  const endOfString = (start: number): number => {
    let from = start + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return length;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  };
  /** Reads a property name at `at` (its opening quote) and the colon after it. */
  const readKey = (): { key: string; keyOffset: number } => {
    const keyOffset = at;
    const end = endOfString(at);
    const raw = text.slice(at + 1, end - 1);
    let key = raw;
    if (raw.includes('\\')) {
      try {
        key = JSON.parse(text.slice(at, end)) as string;
      } catch {
        key = raw;
      }
    }
    at = end;
    skipWhitespace();
    at++; // the colon
    return { key, keyOffset };
  };

  let key: string | number | undefined;
  let keyOffset = -1;
  while (at < length) {
    // At the start of a value.
    skipWhitespace();
    if (at >= length) return;
    const offset = at;
    const code = text.charCodeAt(at);
    const depth = open.length + 1;
    let descended = false;
    if (code === 123 || code === 91) {
      const array = code === 91;
      visitor.enter({ key, keyOffset, offset, depth, kind: array ? 'array' : 'object' });
      at++;
      skipWhitespace();
      const close = text.charCodeAt(at);
      if ((array && close === 93) || (!array && close === 125)) {
        at++;
        visitor.leave?.();
      } else {
        open.push({ array, index: 0 });
        if (array) {
          key = 0;
          keyOffset = -1;
        } else ({ key, keyOffset } = readKey());
        descended = true;
      }
    } else {
      visitor.enter({ key, keyOffset, offset, depth, kind: 'scalar' });
      if (code === 34) at = endOfString(at);
      else {
        at++;
        while (at < length) {
          const next = text.charCodeAt(at);
          if (next === 44 || next === 93 || next === 125 || isWhitespace(next)) break;
          at++;
        }
      }
    }
    if (descended) continue;
    // After a value: a comma leads to the next item or property, a bracket closes containers.
    for (;;) {
      skipWhitespace();
      const container = open[open.length - 1];
      if (!container || at >= length) return;
      if (text.charCodeAt(at) === 44) {
        at++;
        skipWhitespace();
        if (container.array) {
          container.index++;
          key = container.index;
          keyOffset = -1;
        } else ({ key, keyOffset } = readKey());
        break;
      }
      at++;
      open.pop();
      visitor.leave?.();
    }
  }
}
