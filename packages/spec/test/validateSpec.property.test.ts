import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Diagnostic, validateSpec } from '../src/index.js';
import { fixtureText, validSpec } from './helpers.js';

const numRuns = Number(process.env.FC_RUNS ?? 200);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every path to a container (object or array) inside a JSON value. */
function containerPaths(value: Json, path: (string | number)[] = [], into: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object') {
    into.push(path);
    const entries: [string | number, Json][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) containerPaths(child, [...path, key], into);
  }
  return into;
}

function at(value: Json, path: (string | number)[]): Container {
  let current: Json = value;
  for (const key of path) current = (current as Record<string | number, Json>)[key] as Json;
  return current as Container;
}

const strangeValues: Json[] = [null, true, 0, -1, 1.5, '', 'x', [], {}, [1, 'a'], { when: { var: 'nope' } }];

type Mutation = {
  kind: 'delete' | 'retype' | 'unknown-key' | 'swap';
  target: number;
  pick: number;
  value: number;
  key: string;
};

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'retype', 'unknown-key', 'swap'),
  target: fc.nat(),
  pick: fc.nat(),
  value: fc.nat(),
  key: fc.string({ minLength: 1, maxLength: 12 }),
});

/** Applies one structural mutation to a copy of the spec. */
function mutate(spec: Json, mutation: Mutation): Json {
  const copy = structuredClone(spec);
  const paths = containerPaths(copy);
  const container = at(copy, paths[mutation.target % paths.length] ?? []);
  const keys: (string | number)[] = Array.isArray(container)
    ? container.map((_, i) => i)
    : Object.keys(container);
  const key = keys[mutation.pick % Math.max(keys.length, 1)];
  const strange = strangeValues[mutation.value % strangeValues.length] ?? null;
  const record = container as Record<string | number, Json>;
  switch (mutation.kind) {
    case 'delete':
      if (key === undefined) break;
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete record[key];
      break;
    case 'retype':
      if (key !== undefined) record[key] = strange;
      break;
    case 'unknown-key':
      if (Array.isArray(container)) container.push(strange);
      else record[mutation.key] = strange;
      break;
    case 'swap': {
      if (!Array.isArray(container) || container.length < 2) break;
      const i = mutation.pick % container.length;
      const j = (mutation.value + 1) % container.length;
      [container[i], container[j]] = [container[j] as Json, container[i] as Json];
      break;
    }
  }
  return copy;
}

function expectWellFormed(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const diagnostic of diagnostics) {
    expect(typeof diagnostic.pointer).toBe('string');
    expect(diagnostic.pointer === '' || diagnostic.pointer.startsWith('/')).toBe(true);
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(lines.length);
    expect(diagnostic.column).toBeLessThanOrEqual((lines[diagnostic.line - 1] ?? '').length + 1);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    expect(diagnostic.message).not.toBe(diagnostic.code); // every code has a message
  }
}

describe('validateSpec under random mutation', () => {
  const base = validSpec() as unknown as Json;

  test('structural mutations (delete, retype, unknown key, swap) never throw; diagnostics are well formed', () => {
    fc.assert(
      fc.property(
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('zh-CN', 'en'),
        (mutations, lang) => {
          const mutated = mutations.reduce(mutate, base);
          const text = JSON.stringify(mutated, null, 2);
          const fromObject = validateSpec(mutated, { lang: lang as 'zh-CN' | 'en' });
          expectWellFormed(fromObject.diagnostics, text);
          const fromText = validateSpec(text, { lang: lang as 'zh-CN' | 'en' });
          expect(fromText.diagnostics).toEqual(fromObject.diagnostics);
          expect(fromObject.ok).toBe(!fromObject.diagnostics.some((d) => d.severity === 'error'));
        },
      ),
      { numRuns },
    );
  });

  test('truncated or corrupted text never throws; diagnostics are well formed', () => {
    const corruption = fc.oneof(
      fc.nat({ max: fixtureText.length }).map((end) => fixtureText.slice(0, end)),
      fc
        .tuple(
          fc.nat({ max: fixtureText.length - 1 }),
          fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '/', '\n', 'x', '\\', '\u0000'),
        )
        .map(([index, char]) => fixtureText.slice(0, index) + char + fixtureText.slice(index)),
      fc
        .tuple(fc.nat({ max: fixtureText.length - 1 }), fc.nat({ max: 40 }))
        .map(([index, length]) => fixtureText.slice(0, index) + fixtureText.slice(index + length)),
    );
    fc.assert(
      fc.property(corruption, (text) => {
        const result = validateSpec(text);
        expectWellFormed(result.diagnostics, text);
        if (!result.ok) expect(result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  });
});
