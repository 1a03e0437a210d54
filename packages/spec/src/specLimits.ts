import type { Finding } from './Finding.js';
import { toJsonPointer } from './jsonPointer.js';

/**
 * The limits validateSpec holds every spec to, so that any input, however hostile, gets its diagnostics in
 * bounded time and memory (docs/spec-rules.md, "上限"). Real specs are far below each: the largest example
 * is 16 KB, nested 12 levels, with about 900 values; its form schema expands to a few hundred subschemas.
 *
 * - `maxLength`: characters of JSON text (5 MiB), checked before anything parses it. A 50 MB array used to
 *   end in a V8 out-of-memory crash.
 * - `maxDepth`: levels of nesting (every object and array is one; the root is level 1), checked without
 *   recursion before anything recursive runs (ajv, the rules, JSON.stringify): 2,000–5,000 levels used to
 *   overflow the stack.
 * - `maxValues`: values of every kind (objects, arrays, strings, numbers, booleans, null).
 * - `maxDiagnostics`: diagnostics reported per file; one more says how many were left out.
 * - `maxFormSchemaExpansion`: subschemas the form schema becomes when every `$ref` is replaced by its target
 *   (recursive references counted once): what a form validator may visit per place in the data. Twenty
 *   levels of `allOf` over two references to the next level (a 5 KB spec) made validation exponential.
 */
export const SPEC_LIMITS = Object.freeze({
  maxLength: 5 * 1024 * 1024,
  maxDepth: 256,
  maxValues: 200_000,
  maxDiagnostics: 200,
  maxFormSchemaExpansion: 10_000,
});

/**
 * A finding that stands for `count` findings left out (`spec/too-many-diagnostics`): produced where a list
 * of findings is cut short so as not to spend time on findings nobody will see (a rule that reports more than
 * `maxDiagnostics`, schema errors beyond it); validateSpec adds up these counts in its own last diagnostic.
 * With `atLeast`, the count is a lower bound (a rule was stopped before it found all).
 *
 * @example
 * findingsLeftOut(800, 'error'); // { code: 'spec/too-many-diagnostics', severity: 'error', pointer: '', offset: 0, params: { count: 800 } }
 */
export function findingsLeftOut(count: number, severity: Finding['severity'], atLeast = false): Finding {
  return {
    code: 'spec/too-many-diagnostics',
    severity,
    pointer: '',
    offset: 0,
    params: { count, ...(atLeast ? { atLeast: 'yes' } : {}) },
  };
}

/** An object or array being walked: its children and the index of the next one. */
interface OpenContainer {
  container: object;
  keys: readonly string[] | undefined;
  length: number;
  next: number;
  key: string;
}

/**
 * The first place where a JSON value breaks `maxDepth` or `maxValues` (in document order), or where it
 * refers to itself (not JSON at all): a finding `json/too-deep`, `json/too-many-values` or
 * `json/not-serializable`. Walks with an explicit stack (any depth) and stops at the first problem, so it
 * costs at most `maxValues` steps.
 *
 * @example
 * jsonValueLimitFinding(JSON.parse('[[[]]]'), { maxDepth: 2, maxValues: 100 });
 * // { code: 'json/too-deep', severity: 'error', pointer: '/0/0', params: { limit: 2 } }
 */
export function jsonValueLimitFinding(
  value: unknown,
  limits: { maxDepth: number; maxValues: number } = SPEC_LIMITS,
): Finding | undefined {
  const open: OpenContainer[] = [];
  const ancestors = new Set<object>();
  const pointerTo = (last?: string) =>
    toJsonPointer([...open.map((entry) => entry.key).slice(1), ...(last === undefined ? [] : [last])]);
  let values = 0;
  let current: unknown = value;
  let key = '';
  for (;;) {
    values++;
    if (values > limits.maxValues) {
      return {
        code: 'json/too-many-values',
        severity: 'error',
        pointer: pointerTo(open.length > 0 ? key : undefined),
        params: { limit: limits.maxValues },
      };
    }
    if (typeof current === 'object' && current !== null) {
      const here = open.length > 0 ? key : undefined;
      if (ancestors.has(current)) {
        return { code: 'json/not-serializable', severity: 'error', pointer: pointerTo(here), params: {} };
      }
      if (open.length + 1 > limits.maxDepth) {
        return {
          code: 'json/too-deep',
          severity: 'error',
          pointer: pointerTo(here),
          params: { limit: limits.maxDepth },
        };
      }
      const keys = Array.isArray(current) ? undefined : Object.keys(current);
      open.push({
        container: current,
        keys,
        length: keys ? keys.length : (current as unknown[]).length,
        next: 0,
        key: here ?? '',
      });
      ancestors.add(current);
    }
    // The next value: the next child of the innermost container that has one left.
    let entry = open[open.length - 1];
    while (entry && entry.next >= entry.length) {
      open.pop();
      ancestors.delete(entry.container);
      entry = open[open.length - 1];
    }
    if (!entry) return undefined;
    const index = entry.next++;
    if (entry.keys) {
      key = entry.keys[index] as string;
      current = (entry.container as Record<string, unknown>)[key];
    } else {
      key = String(index);
      current = (entry.container as unknown[])[index];
    }
  }
}
