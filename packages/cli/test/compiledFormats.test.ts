import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format as cfworkerFormat } from '@cfworker/json-schema';
import { type AjvStandaloneFunction, createFormValidator, formFormats } from '@onewindow/spec';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import examples from '../../spec/test/fixtures/formatExamples.json' with { type: 'json' };
import { adversarialFamilies, runFormatChecksInWorker } from '../../spec/test/runFormatChecksInWorker.js';
import { compileFormValidator } from '../src/compileFormValidator.js';

// Issue 12: the compiled validator (ajv standalone) and the interpreting one (createFormValidator) must agree
// on every value — one format table for both — and neither may take more than linear time on a format.

/** Every format name our table, @cfworker/json-schema or the examples know (the table names them all). */
const formatNames = [
  ...new Set([...Object.keys(formFormats), ...Object.keys(cfworkerFormat), ...Object.keys(examples.formats)]),
].sort();
/** One string property per format: both validators check `{ [format]: value }` against it. */
const schema = {
  type: 'object',
  properties: Object.fromEntries(formatNames.map((name) => [name, { type: 'string', format: name }])),
};

let directory: string;
let compiledPath: string;
let compiled: AjvStandaloneFunction;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'onewindow-formats-'));
  compiledPath = path.join(directory, 'formats.validate.js');
  await writeFile(compiledPath, await compileFormValidator(schema));
  compiled = ((await import(pathToFileURL(compiledPath).href)) as { default: AjvStandaloneFunction }).default;
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** The compiled validator of `{ type: 'number', multipleOf }`, compiled once per step. */
const compiledByStep = new Map<number, Promise<AjvStandaloneFunction>>();
function compiledMultipleOf(multipleOf: number): Promise<AjvStandaloneFunction> {
  let validate = compiledByStep.get(multipleOf);
  if (!validate) {
    const file = path.join(directory, `multipleOf-${multipleOf}.validate.js`);
    validate = compileFormValidator({ type: 'number', multipleOf })
      .then((code) => writeFile(file, code))
      .then(() => import(pathToFileURL(file).href))
      .then((module: { default: AjvStandaloneFunction }) => module.default);
    compiledByStep.set(multipleOf, validate);
  }
  return validate;
}

describe('the compiled and the interpreting form validator', () => {
  test('agree with each other and with the examples on every format', () => {
    const interpreting = createFormValidator(schema);
    const disagreements: string[] = [];
    for (const [name, cases] of Object.entries(examples.formats)) {
      for (const [expected, values] of [
        [true, cases.valid],
        [false, cases.invalid],
      ] as const) {
        for (const value of values) {
          const byCompiled = compiled({ [name]: value });
          const byInterpreting = interpreting.validate({ [name]: value }).length === 0;
          if (byCompiled !== expected || byInterpreting !== expected) {
            disagreements.push(
              `${name} ${JSON.stringify(value)}: compiled ${byCompiled}, interpreting ${byInterpreting}`,
            );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('the compiled one checks every format on every adversarial family at 50,000 characters without hanging', async () => {
    // In a worker that is stopped after 1 s for one check or 10 s for all: a linear check needs a few ms
    // (ajv-formats' quadratic url regex took 1.9 s on one family).
    const run = await runFormatChecksInWorker({
      checkModule: `
        import validate from ${JSON.stringify(compiledPath)};
        export const check = (format, value) => validate({ [format]: value });
      `,
      resolveDir: directory,
      formats: formatNames,
      length: 50_000,
      perCheckMs: 1_000,
      totalMs: 10_000,
    });
    expect(run).toEqual({ finished: true, checks: formatNames.length * adversarialFamilies.length });
  }, 60_000);

  // The compiled validator refused 0.29 for `multipleOf: 0.01` (0.29 / 0.01 = 28.999999999999996 in binary
  // floating point); the interpreting one computes in decimal. Amounts of money as applicants type them.
  test.each([
    [0.29, 0.01, true],
    [0.57, 0.01, true],
    [-0.29, 0.01, true],
    [19.99, 0.01, true],
    [261_471.36, 0.01, true],
    [12_345_678.91, 0.01, true],
    [100, 0.01, true],
    [0, 0.01, true],
    [1.1, 0.1, true],
    [0.3, 0.1, true],
    [4.35, 0.05, true],
    [0.75, 0.25, true],
    [7.5, 0.5, true],
    [0.007, 0.001, true],
    [0.291, 0.01, false],
    [0.295, 0.01, false],
    [19.999, 0.01, false],
    [261_471.365, 0.01, false],
    [0.35, 0.1, false],
    [4.36, 0.05, false],
    [0.8, 0.25, false],
    [7.25, 0.5, false],
    [0.0075, 0.001, false],
  ])('agree that %d is a multiple of %d: %s', async (value, multipleOf, expected) => {
    const numberSchema = { type: 'number', multipleOf };
    expect((await compiledMultipleOf(multipleOf))(value)).toBe(expected);
    expect(createFormValidator(numberSchema).validate(value).length === 0).toBe(expected);
  });
});
