import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type ServiceItemSpec, validateSpec } from '../src/index.js';
import { positionOf, textOf, validSpec, withCode } from './helpers.js';

type Schema = Record<string, unknown>;
const properties = (spec: ServiceItemSpec) => spec.form.schema.properties as Record<string, Schema>;

/** The fixture with `bankAccount` carrying another pattern. */
function withBankAccountPattern(pattern: string): ServiceItemSpec {
  const spec = validSpec();
  properties(spec).bankAccount = { type: 'string', title: '社会保障卡银行账号', pattern };
  return spec;
}

describe('form schema patterns that backtrack catastrophically are refused', () => {
  // Each of these hangs the form validators on an input of a few dozen characters (issue 12, point 3).
  test.each(['^(a+)+$', '(a|a)*$', '(\\w+\\s?)*$'])('%s', (pattern) => {
    const spec = withBankAccountPattern(pattern);
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    const [diagnostic, ...others] = withCode(result.diagnostics, 'semantic/form-schema-slow-pattern');
    expect(others).toEqual([]);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.pointer).toBe('/form/schema/properties/bankAccount/pattern');
    const value = JSON.stringify(pattern);
    expect({ line: diagnostic?.line, column: diagnostic?.column }).toEqual(
      positionOf(textOf(spec), `"pattern": ${value}`, { at: value }),
    );
    // The message names the pattern, the growth and the shape of an input that triggers it.
    expect(diagnostic?.message).toContain(pattern);
    expect(diagnostic?.message).toContain('指数级');
    expect(diagnostic?.message).toMatch(/\.repeat\(\d+\)/);
    const [en] = withCode(
      validateSpec(spec, { lang: 'en' }).diagnostics,
      'semantic/form-schema-slow-pattern',
    );
    expect(en?.message).toContain('exponential');
  });

  test('a polynomial (super-linear) pattern is refused too: JSON Schema patterns search the whole input', () => {
    const [diagnostic] = withCode(
      validateSpec(withBankAccountPattern('\\s*$')).diagnostics,
      'semantic/form-schema-slow-pattern',
    );
    expect(diagnostic?.message).toContain('n^2');
  });

  test('patternProperties keys are patterns too, located at the key', () => {
    const spec = validSpec();
    properties(spec).extra = { type: 'object', patternProperties: { '^(x+x+)+y$': { type: 'string' } } };
    const [diagnostic] = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-slow-pattern');
    expect(diagnostic?.pointer).toBe('/form/schema/properties/extra/patternProperties/^(x+x+)+y$');
    expect({ line: diagnostic?.line, column: diagnostic?.column }).toEqual(
      positionOf(textOf(spec), '"^(x+x+)+y$"'),
    );
  });

  test('patterns are found under definitions, items, combinators and fields named like keywords', () => {
    const spec = validSpec();
    const schema = spec.form.schema as Schema;
    schema.definitions = { code: { type: 'string', pattern: '^(a|aa)+$' } };
    properties(spec).list = {
      type: 'array',
      items: { anyOf: [{ type: 'string', pattern: '^([a-z]+)*$' }] },
    };
    properties(spec).default = { type: 'string', pattern: '^(\\d+)+$' }; // a field named "default"
    const pointers = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-slow-pattern').map(
      (diagnostic) => diagnostic.pointer,
    );
    expect(pointers.sort()).toEqual(
      [
        '/form/schema/definitions/code/pattern',
        '/form/schema/properties/list/items/anyOf/0/pattern',
        '/form/schema/properties/default/pattern',
      ].sort(),
    );
  });

  test('a pattern in data (default, enum, const, examples) is not a pattern', () => {
    const spec = validSpec();
    properties(spec).bankAccount = {
      type: 'string',
      default: { pattern: '^(a+)+$' },
      examples: [{ pattern: '^(a+)+$' }],
    } as Schema;
    expect(withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-slow-pattern')).toEqual([]);
  });

  test('an invalid patternProperties key is a located error (it used to fail only as a whole schema)', () => {
    const spec = validSpec();
    properties(spec).extra = { type: 'object', patternProperties: { '^[a-z': { type: 'string' } } };
    const [diagnostic] = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-invalid');
    expect(diagnostic?.pointer).toBe('/form/schema/properties/extra/patternProperties/^[a-z');
    expect(diagnostic?.message).toContain('^[a-z');
  });
});

describe('ordinary patterns pass', () => {
  test.each([
    '^\\d{12,19}$',
    '^[0-9]{16,19}$',
    '^[0-9A-Z]{6,20}$',
    '^[0-9]{17}[0-9X][1-7][1-4]$',
    '^1[3-9]\\d{9}$',
    '^[\\u4e00-\\u9fa5]{2,20}$',
    '^\\p{Script=Han}+$',
    '^[a-z]+(\\.[a-z]+)*$',
    '^[A-Za-z][A-Za-z0-9_-]*$',
    '^\\d{6}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$',
  ])('%s', (pattern) => {
    expect(validateSpec(withBankAccountPattern(pattern)).diagnostics).toEqual([]);
  });

  test('every pattern in examples/specs (their specs validate in examples.test.ts)', () => {
    const folder = new URL('../../../examples/specs/', import.meta.url);
    const patterns = new Set<string>();
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      for (const match of text.matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g))
        patterns.add(JSON.parse(match[1] as string) as string);
    }
    expect(patterns.size).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(
        withCode(
          validateSpec(withBankAccountPattern(pattern)).diagnostics,
          'semantic/form-schema-slow-pattern',
        ),
        pattern,
      ).toEqual([]);
    }
  });
});
