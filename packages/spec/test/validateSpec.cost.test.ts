import { describe, expect, test, vi } from 'vitest';
import { SPEC_LIMITS, validateSpec } from '../src/index.js';
import { fixtureText, positionOf, validSpec, withCode } from './helpers.js';
import { runInWorker } from './runInWorker.js';

// Issue 12, point 5: 20,000 unknown keys (313 KB) took 14–18 s (every diagnostic re-walked the text to find
// its line); a 6 KB form schema made validation exponential (5.4 s at depth 20, ×4 per two more levels);
// a 50 MB JSON array ended in a V8 out-of-memory crash after 58 s.
// The slow cases run in a worker that is stopped after a generous time: a hang fails the test, it does not
// hang the suite. The limits are hang detectors, not performance assertions.

/** The fixture as text with `count` unknown keys added at the top level, one per line. */
const withUnknownKeysTaskModule = (count: number) => `
  import { readFileSync } from 'node:fs';
  import { validateSpec } from './src/index.ts';
  export function run() {
    const spec = JSON.parse(readFileSync(PACKAGE_DIRECTORY + 'test/fixtures/dibao-apply.json', 'utf8'));
    for (let i = 0; i < ${count}; i++) spec['unknownKey' + i] = i;
    const text = JSON.stringify(spec, null, 2);
    const { diagnostics } = validateSpec(text);
    const lineOf = (needle) => text.slice(0, text.indexOf(needle)).split('\\n').length;
    return { diagnostics, firstLine: lineOf('"unknownKey0"'), lastShownLine: lineOf('"unknownKey${SPEC_LIMITS.maxDiagnostics - 1}"') };
  }
`;

describe('locating diagnostics is linear', () => {
  test('20,000 unknown keys: located, capped, in well under the time the quadratic locator took', async () => {
    const outcome = await runInWorker<{
      diagnostics: { code: string; line: number; column: number; message: string; severity: string }[];
      firstLine: number;
      lastShownLine: number;
    }>({ taskModule: withUnknownKeysTaskModule(20_000), timeoutMs: 30_000 });
    expect(outcome.finished).toBe(true);
    if (!outcome.finished) return;
    const { diagnostics, firstLine, lastShownLine } = outcome.result;
    expect(diagnostics).toHaveLength(SPEC_LIMITS.maxDiagnostics + 1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema/additional-property', line: firstLine, column: 3 });
    expect(diagnostics[SPEC_LIMITS.maxDiagnostics - 1]).toMatchObject({ line: lastShownLine, column: 3 });
    expect(diagnostics[SPEC_LIMITS.maxDiagnostics]).toMatchObject({
      code: 'spec/too-many-diagnostics',
      severity: 'error',
    });
    expect(diagnostics[SPEC_LIMITS.maxDiagnostics]?.message).toContain('19800');
  }, 60_000);
});

describe('diagnostics per file are capped', () => {
  test(`beyond ${SPEC_LIMITS.maxDiagnostics} diagnostics, one more says how many were left out`, () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    for (let i = 0; i < 1_000; i++) spec[`unknownKey${i}`] = i;
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(SPEC_LIMITS.maxDiagnostics + 1);
    const last = result.diagnostics[SPEC_LIMITS.maxDiagnostics];
    expect(last).toMatchObject({ code: 'spec/too-many-diagnostics', severity: 'error', pointer: '' });
    expect(last?.message).toContain('800');
    expect(validateSpec(spec, { lang: 'en' }).diagnostics.at(-1)?.message).toContain('800 more');
  });

  test('errors are kept before warnings when the list is cut', () => {
    // 300 duplicate keys (warnings) come first in the text; one error comes after them.
    const duplicates = Array.from({ length: 300 }, (_, i) => `"dup${i}": 1, "dup${i}": 1`).join(', ');
    const text = fixtureText.replace('"maxVisits": 0', `"maxVisits": "0", "extra": {${duplicates}}`);
    const { diagnostics } = validateSpec(text);
    expect(diagnostics).toHaveLength(SPEC_LIMITS.maxDiagnostics + 1);
    expect(withCode(diagnostics, 'schema/type')).toHaveLength(1);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'spec/too-many-diagnostics', severity: 'warning' });
  });

  test('under the cap nothing is added', () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    spec.unknownKey = 1;
    expect(validateSpec(spec).diagnostics.map((d) => d.code)).toEqual(['schema/additional-property']);
  });
});

describe('size limits', () => {
  test('a text over the size limit is refused before anything parses it', () => {
    const text = fixtureText.replace(
      '"maxVisits": 0',
      `"maxVisits": 0, "big": [${'0,'.repeat(SPEC_LIMITS.maxLength / 2)}0]`,
    );
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const result = validateSpec(text);
      expect(parse).not.toHaveBeenCalled();
      expect(result).toMatchObject({
        ok: false,
        diagnostics: [{ code: 'json/too-large', line: 1, column: 1, pointer: '' }],
      });
      expect(result.diagnostics[0]?.message).toContain('5 MB');
    } finally {
      parse.mockRestore();
    }
  });

  test(`more than ${SPEC_LIMITS.maxValues.toLocaleString('en')} values are refused at the first value over`, () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    spec.values = new Array(SPEC_LIMITS.maxValues).fill(0);
    const text = JSON.stringify(spec);
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    const [tooMany] = withCode(result.diagnostics, 'json/too-many-values');
    expect(tooMany?.pointer).toMatch(/^\/values\/\d+$/);
    expect(result.diagnostics).toHaveLength(1);
    expect(validateSpec(spec).diagnostics.map((d) => d.code)).toEqual(['json/too-many-values']);
  });

  test('a 50 MB array ends in one located diagnostic in a worker, not an out-of-memory crash', async () => {
    const outcome = await runInWorker<{ codes: string[] }>({
      taskModule: `
        import { validateSpec } from './src/index.ts';
        export function run() {
          const text = '{"materials": [' + '0,'.repeat(25_000_000) + '0]}';
          return { codes: validateSpec(text).diagnostics.map((d) => d.code) };
        }`,
      timeoutMs: 30_000,
    });
    expect(outcome).toEqual({ finished: true, result: { codes: ['json/too-large'] } });
  }, 60_000);
});

describe('form schemas that cost exponential time are refused, not run', () => {
  /** The fixture with definitions d0…d(depth-1), each `allOf` of two references to the next. */
  const doublingTaskModule = (depth: number) => `
    import { readFileSync } from 'node:fs';
    import { validateSpec } from './src/index.ts';
    export function run() {
      const spec = JSON.parse(readFileSync(PACKAGE_DIRECTORY + 'test/fixtures/dibao-apply.json', 'utf8'));
      const definitions = {};
      for (let i = 0; i < ${depth}; i++)
        definitions['d' + i] = { allOf: [{ $ref: '#/definitions/d' + (i + 1) }, { $ref: '#/definitions/d' + (i + 1) }] };
      definitions['d${depth}'] = { type: 'object' };
      spec.form.schema.definitions = definitions;
      spec.form.schema.allOf = [{ $ref: '#/definitions/d0' }];
      const text = JSON.stringify(spec);
      return { size: text.length, diagnostics: validateSpec(text).diagnostics };
    }`;

  test('allOf doubling through $refs, 26 levels (about 5 KB): semantic/form-schema-too-costly, quickly', async () => {
    // Before: about 9 s at 20 levels here, ×4 per two more; 26 levels would take over ten minutes.
    const outcome = await runInWorker<{ size: number; diagnostics: { code: string; pointer: string }[] }>({
      taskModule: doublingTaskModule(26),
      timeoutMs: 30_000,
    });
    expect(outcome.finished).toBe(true);
    if (!outcome.finished) return;
    expect(outcome.result.size).toBeLessThan(8_000);
    expect(withCode(outcome.result.diagnostics as never, 'semantic/form-schema-too-costly')).toMatchObject([
      { pointer: '/form/schema' },
    ]);
  }, 60_000);

  test('a condition path through properties declared twice per level does not double the work per segment', async () => {
    const outcome = await runInWorker<string[]>({
      taskModule: `
        import { readFileSync } from 'node:fs';
        import { validateSpec } from './src/index.ts';
        export function run() {
          const spec = JSON.parse(readFileSync(PACKAGE_DIRECTORY + 'test/fixtures/dibao-apply.json', 'utf8'));
          spec.form.schema.definitions = {
            r: { type: 'object', properties: { x: { $ref: '#/definitions/r' } },
                 allOf: [{ properties: { x: { $ref: '#/definitions/r' } } }] },
          };
          spec.form.schema.properties.applicant.properties.r = { $ref: '#/definitions/r' };
          spec.materials[4].required = { when: { var: 'applicant.r' + '.x'.repeat(40) + '.nope' } };
          return validateSpec(spec).diagnostics.map((d) => d.code);
        }`,
      timeoutMs: 30_000,
    });
    expect(outcome.finished).toBe(true);
    if (outcome.finished) expect(outcome.result).toContain('semantic/condition-unknown-field');
  }, 60_000);

  test('the refusal is located and explained, and the fixture is far below the limit', () => {
    const spec = validSpec();
    const schema = spec.form.schema as Record<string, unknown>;
    const definitions: Record<string, unknown> = { d16: { type: 'object' } };
    for (let i = 0; i < 16; i++)
      definitions[`d${i}`] = {
        allOf: [{ $ref: `#/definitions/d${i + 1}` }, { $ref: `#/definitions/d${i + 1}` }],
      };
    schema.definitions = definitions;
    schema.allOf = [{ $ref: '#/definitions/d0' }];
    const text = JSON.stringify(spec, null, 2);
    const [tooCostly] = withCode(validateSpec(text).diagnostics, 'semantic/form-schema-too-costly');
    expect(tooCostly).toMatchObject({
      pointer: '/form/schema',
      ...positionOf(text, '"schema": {', { at: '{' }),
    });
    expect(tooCostly?.message).toContain(SPEC_LIMITS.maxFormSchemaExpansion.toLocaleString('en'));
    expect(validateSpec(fixtureText).ok).toBe(true);
  });

  test('recursion that validates one place of the data twice per level is refused (exponential in the data)', () => {
    const spec = validSpec();
    const schema = spec.form.schema as Record<string, unknown>;
    schema.definitions = {
      r: {
        type: 'object',
        properties: { x: { $ref: '#/definitions/r' } },
        allOf: [{ properties: { x: { $ref: '#/definitions/r' } } }],
      },
    };
    (schema.properties as Record<string, unknown>).r = { $ref: '#/definitions/r' };
    spec.form.steps[0]?.fields.push('r');
    const diagnostics = withCode(validateSpec(spec).diagnostics, 'semantic/form-schema-too-costly');
    expect(diagnostics).toMatchObject([{ pointer: '/form/schema/definitions/r/allOf/0/properties/x/$ref' }]);
  });

  test('ordinary recursion (a tree of members) is accepted', () => {
    const spec = validSpec();
    const schema = spec.form.schema as Record<string, unknown>;
    schema.definitions = {
      member: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/definitions/member' } },
          spouse: { anyOf: [{ $ref: '#/definitions/member' }, { type: 'null' }] },
        },
      },
    };
    (schema.properties as Record<string, unknown>).family = { $ref: '#/definitions/member' };
    spec.form.steps[0]?.fields.push('family');
    expect(validateSpec(spec).diagnostics).toEqual([]);
  });
});
