import { describe, expect, test } from 'vitest';
import { validateSpec } from '../src/index.js';
import { fixtureText, positionOf, withCode } from './helpers.js';

// Issue 12: a key written twice in a spec file was accepted silently and the last one won (JSON.parse).

describe('json/duplicate-key', () => {
  test('a key written twice is a warning at the second one, naming the line of the first', () => {
    const text = fixtureText.replace('"maxVisits": 0', '"maxVisits": 2,\n  "maxVisits": 0');
    const result = validateSpec(text);
    expect(result.ok).toBe(true); // a warning: the spec means what JSON.parse read
    const first = positionOf(text, '"maxVisits"');
    expect(withCode(result.diagnostics, 'json/duplicate-key')).toMatchObject([
      {
        severity: 'warning',
        pointer: '/maxVisits',
        ...positionOf(text, '"maxVisits"', { occurrence: 2 }),
      },
    ]);
    expect(result.diagnostics[0]?.message).toContain(`第 ${first.line} 行`);
    expect(validateSpec(text, { lang: 'en' }).diagnostics[0]?.message).toContain(`line ${first.line}`);
  });

  test('nested objects, escaped spellings of the same key and a third occurrence', () => {
    const text = fixtureText.replace(
      '"mode": "promised"',
      '"mode": "promised", "x-note": {"a": 1, "\\u0061": 2, "a~/b": 3, "a~/b": 4, "a": 5}',
    );
    const duplicates = withCode(validateSpec(text).diagnostics, 'json/duplicate-key');
    expect(duplicates.map((d) => d.pointer)).toEqual(['/x-note/a', '/x-note/a~0~1b', '/x-note/a']);
    expect(duplicates[0]).toMatchObject(positionOf(text, '"\\u0061"'));
  });

  test('the same key in different objects, and keys of arrays of objects, are not duplicates', () => {
    expect(withCode(validateSpec(fixtureText).diagnostics, 'json/duplicate-key')).toEqual([]);
    const text = '{"a": [{"id": 1}, {"id": 2}], "b": {"id": 3}}';
    expect(withCode(validateSpec(text).diagnostics, 'json/duplicate-key')).toEqual([]);
  });

  test('a duplicate key and a schema error: both reported, each at its place', () => {
    const text = fixtureText.replace('"maxVisits": 0', '"maxVisits": 0, "maxVisits": "0"');
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    expect(withCode(result.diagnostics, 'json/duplicate-key')).toHaveLength(1);
    expect(withCode(result.diagnostics, 'schema/type')).toMatchObject([
      { pointer: '/maxVisits', ...positionOf(text, '"0"') },
    ]);
  });
});
