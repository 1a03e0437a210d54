import { describe, expect, test } from 'vitest';
import { createSourceLocator } from '../src/sourceLocator.js';
import { positionOf } from './helpers.js';

// The locator reads the text once for any number of pointers (it used to re-read it per diagnostic: 20,000
// unknown keys took about a minute) and never recurses (nesting beyond a few thousand levels overflowed).

describe('createSourceLocator', () => {
  const text = '{\n  "a": {"b": [10, {"c~/d": true}]},\n  "e\\u0066": "x"\n}';

  test('values, keys, escaped names and array items, in one pass', () => {
    const locator = createSourceLocator(text);
    expect(
      locator.locateAll([
        { pointer: '' },
        { pointer: '/a/b/1/c~0~1d' },
        { pointer: '/a/b/1/c~0~1d', key: true },
        { pointer: '/a/b/0' },
        { pointer: '/ef', key: true },
      ]),
    ).toEqual([
      { line: 1, column: 1 },
      positionOf(text, 'true'),
      positionOf(text, '"c~/d"'),
      positionOf(text, '10'),
      positionOf(text, '"e\\u0066"'),
    ]);
  });

  test('a pointer that does not exist is placed at its nearest existing ancestor', () => {
    const locator = createSourceLocator(text);
    expect(locator.locate('/a/b/7/x')).toEqual(positionOf(text, '[10'));
    expect(locator.locate('/nowhere', { key: true })).toEqual({ line: 1, column: 1 });
  });

  test('with a key written twice, places follow the last (as JSON.parse reads it)', () => {
    const twice = '{"a": {"only": 1}, "a": {"other": 2}}';
    const locator = createSourceLocator(twice);
    expect(locator.locate('/a')).toEqual(positionOf(twice, '{"other"'));
    // "/a/only" exists only under the first "a", which JSON.parse dropped: the nearest is the last "a"
    expect(locator.locate('/a/only')).toEqual(positionOf(twice, '{"other"'));
  });

  test('100,000 levels of nesting and 100,000 requests: no recursion, one pass', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(createSourceLocator(deep).locate(`/0${'/0'.repeat(99_998)}`)).toEqual({
      line: 1,
      column: 100_000,
    });
    const wide = `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(',\n')}}`;
    const positions = createSourceLocator(wide).locateAll(
      Array.from({ length: 100_000 }, (_, i) => ({ pointer: `/k${i}`, key: true })),
    );
    expect(positions[99_999]).toEqual({ line: 100_000, column: 1 });
  });

  test('a byte-order mark is skipped like whitespace', () => {
    expect(createSourceLocator('\ufeff{"a": 1}').locate('/a')).toEqual({ line: 1, column: 8 });
  });
});
