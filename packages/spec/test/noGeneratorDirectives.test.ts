import { describe, expect, test } from 'vitest';
import { isGeneratorDirective, validateSpec } from '../src/index.js';
import { positionOf, textOf, validSpec, withCode } from './helpers.js';

const CODE = 'semantic/form-schema-generator-directive';

type Schema = Record<string, unknown>;

/** The fixture with `mutate` applied to its form schema and its `household` property. */
function specWith(mutate: (schema: Schema, household: Schema) => void) {
  const spec = validSpec();
  const schema = spec.form.schema as Schema;
  mutate(schema, (schema.properties as Record<string, Schema>).household as Schema);
  return spec;
}

describe('semantic/form-schema-generator-directive', () => {
  test('refuses tsType, pointing at the key, in both languages', () => {
    const spec = specWith((_, household) => {
      household.tsType = 'string; globalThis.PWNED = 1';
    });
    const result = validateSpec(spec);
    const [diagnostic, ...others] = withCode(result.diagnostics, CODE);
    expect(others).toEqual([]);
    expect(result.ok).toBe(false);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.pointer).toBe('/form/schema/properties/household/tsType');
    expect({ line: diagnostic?.line, column: diagnostic?.column }).toEqual(
      positionOf(textOf(spec), '"tsType"'),
    );
    expect(diagnostic?.message).toContain('代码生成指令“tsType”');
    const [en] = withCode(validateSpec(spec, { lang: 'en' }).diagnostics, CODE);
    expect(en?.message).toContain('code generator directive "tsType"');
  });

  test('finds every directive at every depth, in document order', () => {
    const spec = specWith((schema, household) => {
      schema.tsEnumNames = ['A'];
      household.extends = { $ref: '#/properties/applicant' };
      household.items = [{ tsExtends: 'Base' }];
      schema.definitions = { member: { allOf: [{ not: { tsType: 'x' } }] } };
      schema['x-custom'] = { anything: { tsFutureDirective: true } };
    });
    expect(withCode(validateSpec(spec).diagnostics, CODE).map((d) => d.pointer)).toEqual([
      '/form/schema/properties/household/extends',
      '/form/schema/properties/household/items/0/tsExtends',
      '/form/schema/tsEnumNames',
      '/form/schema/definitions/member/allOf/0/not/tsType',
      '/form/schema/x-custom/anything/tsFutureDirective',
    ]);
  });

  test('field names and data are not directives', () => {
    const spec = specWith((schema, household) => {
      household.properties = { tsType: { type: 'string', default: { tsType: 'x' } } };
      household.enum = [{ tsType: 'x' }];
      household.examples = [{ extends: 'x' }];
      schema.definitions = { extends: { type: 'string', const: { tsEnumNames: [] } } };
    });
    expect(withCode(validateSpec(spec).diagnostics, CODE)).toEqual([]);
  });

  test('isGeneratorDirective: ts + a capital letter, and extends', () => {
    expect(['tsType', 'tsEnumNames', 'tsExtends', 'tsAnything', 'extends'].every(isGeneratorDirective)).toBe(
      true,
    );
    expect(['ts', 'tsx', 'types', 'title', 'description', '$id', 'TsType'].some(isGeneratorDirective)).toBe(
      false,
    );
  });
});
