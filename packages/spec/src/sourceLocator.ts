import { type Node, parseTree } from 'jsonc-parser';
import { parseJsonPointer } from './jsonPointer.js';

/** A 1-based line and column in a source text. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Maps JSON pointers and offsets of one source text to line:column. */
export interface SourceLocator {
  /** Position of the value at `pointer` (or of its key with `{ key: true }`); the nearest existing ancestor when absent. */
  locate(pointer: string, options?: { key?: boolean }): SourcePosition;
  /** Position of a character offset. */
  positionAt(offset: number): SourcePosition;
}

/**
 * Builds a locator over a JSON text (parsed once with jsonc-parser, lazily on first use).
 *
 * @example
 * createSourceLocator('{\n  "id": 1\n}').locate('/id'); // { line: 2, column: 9 }
 */
export function createSourceLocator(text: string): SourceLocator {
  let lineStarts: number[] | undefined;
  let root: Node | undefined | null = null;

  const positionAt = (offset: number): SourcePosition => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === 10) lineStarts.push(i + 1);
        else if (char === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          lineStarts.push(i + 1);
        }
      }
    }
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };

  const tree = (): Node | undefined => {
    if (root === null) root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    return root;
  };

  const locate = (pointer: string, options: { key?: boolean } = {}): SourcePosition => {
    let node = tree();
    if (!node) return { line: 1, column: 1 };
    let propertyNode: Node | undefined;
    for (const segment of parseJsonPointer(pointer)) {
      let next: Node | undefined;
      propertyNode = undefined;
      if (node.type === 'object') {
        // the last duplicate wins, as in JSON.parse
        for (const property of node.children ?? []) {
          if (property.children?.[0]?.value === segment) {
            propertyNode = property;
            next = property.children[1];
          }
        }
      } else if (node.type === 'array' && /^\d+$/.test(segment)) {
        next = node.children?.[Number(segment)];
      }
      if (!next) {
        propertyNode = undefined;
        break;
      }
      node = next;
    }
    if (options.key && propertyNode?.children?.[0]) return positionAt(propertyNode.children[0].offset);
    return positionAt(node.offset);
  };

  return { locate, positionAt };
}
