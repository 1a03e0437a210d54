import { describe, expect, test } from 'vitest';
import { type Diagnostic, SPEC_LIMITS, validateSpec } from '../src/index.js';
import { fixtureText, positionOf, validSpec, withCode } from './helpers.js';

// Issue 12, point 4: validateSpec is documented never to throw, yet a `$ref` of "#/%zz" threw URIError and
// nesting beyond 2,000–5,000 levels threw RangeError (a 10–20 KB file). Every input gets located diagnostics.

/** `depth` arrays nested in one another, as JSON text. */
const nestedArraysText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** `{ key: { key: … {} } }`, `depth` objects deep, built without recursion. */
function nestedObjects(key: string, depth: number, leaf: unknown = {}): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level++) value = { [key]: value };
  return value;
}

/** Every diagnostic is located: a code, a message and a line:column inside the text. */
function expectLocated(diagnostics: readonly Diagnostic[]) {
  expect(diagnostics.length).toBeGreaterThan(0);
  for (const diagnostic of diagnostics) {
    expect(diagnostic.message).not.toBe('');
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
  }
}

describe('validateSpec never throws: malformed $ref', () => {
  test('a $ref of "#/%zz" (not URI-decodable) is an unresolved reference at the $ref, not a URIError', () => {
    const spec = validSpec();
    const schema = spec.form.schema as { properties: Record<string, unknown> };
    schema.properties.broken = { $ref: '#/%zz' };
    const text = JSON.stringify(spec, null, 2);
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    expect(withCode(result.diagnostics, 'semantic/form-schema-unresolved-ref')).toMatchObject([
      { pointer: '/form/schema/properties/broken/$ref', ...positionOf(text, '"#/%zz"') },
    ]);
  });
});

describe('validateSpec never throws: nesting', () => {
  test(`text nested beyond ${SPEC_LIMITS.maxDepth} levels is refused at the first level too deep`, () => {
    for (const depth of [SPEC_LIMITS.maxDepth, 5_000, 100_000]) {
      const text = fixtureText.replace(
        '"maxVisits": 0',
        `"maxVisits": 0, "deep": ${nestedArraysText(depth)}`,
      );
      const result = validateSpec(text);
      expect(result.ok).toBe(false);
      const [tooDeep] = withCode(result.diagnostics, 'json/too-deep');
      const first = positionOf(text, '"deep": [', { at: '[' });
      // The root object is level 1, so the array at "deep" is level 2 and the 256th bracket is level 257.
      expect(tooDeep).toMatchObject({ line: first.line, column: first.column + SPEC_LIMITS.maxDepth - 1 });
      expect(tooDeep?.pointer).toBe(`/deep${'/0'.repeat(SPEC_LIMITS.maxDepth - 1)}`);
      expect(tooDeep?.message).toContain(String(SPEC_LIMITS.maxDepth));
      expect(result.diagnostics).toHaveLength(1); // nothing else runs over a value that deep
    }
  });

  test('nesting up to the limit passes the nesting check', () => {
    const spec = validSpec();
    // The root (1), form (2), schema (3), properties (4), applicant (5), default (6) …
    const depth = SPEC_LIMITS.maxDepth - 5;
    const applicant = (spec.form.schema as { properties: Record<string, Record<string, unknown>> }).properties
      .applicant as Record<string, unknown>;
    applicant.default = nestedObjects('a', depth - 1);
    const result = validateSpec(JSON.stringify(spec, null, 2));
    expect(withCode(result.diagnostics, 'json/too-deep')).toEqual([]);
  });

  test('invalid JSON nested 100,000 deep is reported, not a stack overflow in the syntax reporter', () => {
    const text = `{"deep": ${'['.repeat(100_000)}`;
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    expect(withCode(result.diagnostics, 'json/too-deep')).toMatchObject([
      { line: 1, column: 10 + SPEC_LIMITS.maxDepth - 1 },
    ]);
  });

  test('a value (not text) nested 100,000 deep is refused with its pointer', () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    spec.deep = nestedObjects('x', 100_000);
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    expect(withCode(result.diagnostics, 'json/too-deep')).toMatchObject([
      { pointer: `/deep${'/x'.repeat(SPEC_LIMITS.maxDepth - 1)}`, line: 1, column: 1 },
    ]);
  });

  test('a cyclic value is still "not serializable", found without recursion', () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    const loop: Record<string, unknown> = {};
    loop.self = { again: loop };
    spec.loop = loop;
    expect(validateSpec(spec).diagnostics).toMatchObject([{ code: 'json/not-serializable' }]);
  });

  // Every walker over the spec (the JSON text, ajv, $ref resolution, the rules over the form schema, the
  // locator) meets each of these nestings at and around the limit, in the places a spec allows free nesting.
  // `depth` counts levels of JSON nesting of the value built.
  const places: Record<string, (depth: number) => unknown> = {
    'form schema properties': (depth) => nestedObjects('properties', depth, {}),
    'form schema items': (depth) => nestedObjects('items', depth, { type: 'string' }),
    'form schema allOf': (depth) => {
      // each allOf is two levels: the object and its array
      let schema: unknown = { type: 'string' };
      for (let level = 0; level < depth / 2; level++) schema = { allOf: [schema] };
      return schema;
    },
    'form schema $ref chain': (depth) => ({
      $ref: '#/definitions/d0',
      // definitions are shallow; the chain is long
      ...{
        definitions: Object.fromEntries(
          Array.from({ length: depth }, (_, i) => [`d${i}`, { $ref: `#/definitions/d${i + 1}` }]),
        ),
      },
    }),
    'unknown key': (depth) => nestedObjects('k', depth, 1),
  };
  for (const [place, build] of Object.entries(places)) {
    test(`nesting in ${place} at and around the limit gives located diagnostics`, () => {
      for (const depth of [SPEC_LIMITS.maxDepth - 8, SPEC_LIMITS.maxDepth + 1, 3_000]) {
        const spec = validSpec() as unknown as { form: { schema: { properties: Record<string, unknown> } } };
        if (place === 'unknown key') (spec as unknown as Record<string, unknown>).extra = build(depth);
        else spec.form.schema.properties.nested = build(depth);
        const text = JSON.stringify(spec);
        let result: ReturnType<typeof validateSpec> | undefined;
        expect(() => {
          result = validateSpec(text);
        }, `${place} at ${depth}`).not.toThrow();
        expectLocated(result?.diagnostics ?? []);
        expect(() => validateSpec(JSON.parse(text)), `${place} at ${depth} as a value`).not.toThrow();
      }
    });
  }
});
