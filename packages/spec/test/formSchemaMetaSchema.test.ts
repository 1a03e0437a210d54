import { afterEach, describe, expect, test, vi } from 'vitest';
import { validateSpec } from '../src/index.js';
import { fixtureText, positionOf, validSpec, withCode } from './helpers.js';

// Issue 12, point 6: form schemas were never checked against the JSON Schema meta-schema: `type: "strin"` or
// `required: "name"` passed `validate` and made the form impossible to submit; 43% of schema-valid mutated
// specs failed `onewindow compile`.

/** The fixture text with one edit inside the applicant's schema. */
const edited = (from: string, to: string) => {
  if (!fixtureText.includes(from)) throw new Error(`"${from}" is not in the fixture`);
  return fixtureText.replace(from, to);
};

describe('the form schema is checked against the draft-07 meta-schema', () => {
  test('type "strin" is an error at the type, with the allowed types and a suggestion', () => {
    const text = edited('"type": "string"', '"type": "strin"');
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    const [diagnostic] = withCode(result.diagnostics, 'semantic/form-schema-not-json-schema');
    expect(diagnostic).toMatchObject({ severity: 'error', ...positionOf(text, '"strin"') });
    expect(diagnostic?.pointer).toMatch(/^\/form\/schema\/.*\/type$/);
    expect(diagnostic?.message).toContain('“strin”');
    expect(diagnostic?.message).toContain('“string”'); // did you mean
    const [english] = withCode(
      validateSpec(text, { lang: 'en' }).diagnostics,
      'semantic/form-schema-not-json-schema',
    );
    expect(english?.message).toContain('Did you mean "string"?');
  });

  test('required "name" (a string, not a list) is an error at required', () => {
    const spec = validSpec();
    const applicant = (spec.form.schema as unknown as { properties: { applicant: Record<string, unknown> } })
      .properties.applicant;
    applicant.required = 'name';
    const text = JSON.stringify(spec, null, 2);
    const diagnostics = withCode(validateSpec(text).diagnostics, 'semantic/form-schema-not-json-schema');
    expect(diagnostics).toMatchObject([
      {
        pointer: '/form/schema/properties/applicant/required',
        ...positionOf(text, '"required": "name"', { at: '"name"' }),
      },
    ]);
    expect(diagnostics[0]?.message).toContain('数组');
  });

  test('several mistakes are each reported at their place; a valid form schema gets none', () => {
    const spec = validSpec();
    const schema = spec.form.schema as { properties: Record<string, unknown> };
    schema.properties.age = { type: 'integer', minimum: 'zero' };
    schema.properties.tags = { type: 'array', items: 3, uniqueItems: 'yes' };
    const pointers = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-not-json-schema').map(
      (d) => d.pointer,
    );
    expect(pointers).toEqual([
      '/form/schema/properties/age/minimum',
      '/form/schema/properties/tags/items',
      '/form/schema/properties/tags/uniqueItems',
    ]);
    expect(withCode(validateSpec(fixtureText).diagnostics, 'semantic/form-schema-not-json-schema')).toEqual(
      [],
    );
  });
});

describe('unknown formats', () => {
  test('a format neither form validator checks is a warning at the format, with a suggestion', () => {
    const spec = validSpec();
    const schema = spec.form.schema as { properties: Record<string, unknown> };
    schema.properties.mobile = { type: 'string', format: 'cn-mobil' };
    schema.properties.email = { type: 'string', format: 'email' };
    spec.form.steps[0]?.fields.push('mobile', 'email');
    const text = JSON.stringify(spec, null, 2);
    const result = validateSpec(text);
    expect(result.ok).toBe(true);
    const diagnostics = withCode(result.diagnostics, 'semantic/form-schema-unknown-format');
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        pointer: '/form/schema/properties/mobile/format',
        ...positionOf(text, '"cn-mobil"'),
      },
    ]);
    expect(diagnostics[0]?.message).toContain('“cn-mobile”');
  });

  test('"format" as a field name or inside data is not a format', () => {
    const spec = validSpec();
    const schema = spec.form.schema as { properties: Record<string, unknown> };
    schema.properties.format = { type: 'string', default: 'x', examples: [{ format: 'nope' }] };
    spec.form.steps[0]?.fields.push('format');
    expect(validateSpec(spec).diagnostics).toEqual([]);
  });
});

describe('the form compiles', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a $schema ajv does not know is semantic/form-schema-invalid (onewindow compile would fail on it)', () => {
    const spec = validSpec();
    (spec.form.schema as Record<string, unknown>).$schema = 'https://json-schema.org/draft/2020-12/schema';
    const diagnostics = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-invalid');
    expect(diagnostics).toMatchObject([{ pointer: '/form/schema' }]);
    expect(diagnostics[0]?.message).toContain('https://json-schema.org/draft/2020-12/schema');
    (spec.form.schema as Record<string, unknown>).$schema = 'http://json-schema.org/draft-07/schema#';
    expect(validateSpec(spec).diagnostics).toEqual([]);
  });

  test('a $ref that resolves against the root but not against its $id base is semantic/form-schema-invalid', () => {
    const spec = validSpec();
    const schema = spec.form.schema as Record<string, unknown> & { properties: Record<string, unknown> };
    schema.definitions = { code: { type: 'string' } };
    schema.properties.agent = {
      $id: 'https://forms.example/agent',
      type: 'object',
      properties: { code: { $ref: '#/definitions/code' } },
    };
    spec.form.steps[0]?.fields.push('agent');
    const diagnostics = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-invalid');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('#/definitions/code');
  });

  test('where code generation is forbidden (a strict CSP), the compile check is skipped without a finding', () => {
    // validateSpec is for Node and build tools (the browser entry @onewindow/spec/form does not import it);
    // a page that imports it anyway under a strict Content-Security-Policy must not crash on the form check.
    validateSpec(validSpec()); // the spec schema's own validator is compiled before code generation is refused
    vi.stubGlobal('Function', function refuseToEvaluate() {
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    });
    const spec = validSpec();
    (spec.form.schema as Record<string, unknown>).$comment = 'a schema ajv has not compiled yet';
    expect(validateSpec(spec)).toMatchObject({ ok: true, diagnostics: [] });
  });
});
