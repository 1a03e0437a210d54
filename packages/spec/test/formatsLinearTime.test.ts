import { fileURLToPath } from 'node:url';
import { format as cfworkerFormat } from '@cfworker/json-schema';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { expect, test } from 'vitest';
import { formFormats } from '../src/formFormats.js';
import { adversarialFamilies, runFormatChecksInWorker } from './runFormatChecksInWorker.js';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

// Issue 12: `"http://" + "a".repeat(48) + " "` kept @cfworker/json-schema's url regex busy for over a minute,
// in the applicant's tab and on any server validating with createFormValidator.

test('every format either validator knows (cfworker, ajv-formats, ours) has a check in the one table', () => {
  const known = new Set([
    ...Object.keys(cfworkerFormat),
    ...Object.keys(fullFormats),
    'cn-id-card',
    'cn-mobile',
  ]);
  expect([...known].filter((name) => !(name in formFormats)).sort()).toEqual([]);
});

test('createFormValidator checks every format on every adversarial family at 50,000 characters without hanging', async () => {
  // In a worker that is stopped after 1 s for one check or 10 s for all: a linear check needs a few ms.
  const run = await runFormatChecksInWorker({
    checkModule: `
      import { format as cfworkerFormat } from '@cfworker/json-schema';
      import { createFormValidator } from './src/createFormValidator.ts';
      import { formFormats } from './src/formFormats.ts';
      // Every format cfworker or our table names, one string property each (cfworker's table is read
      // before createFormValidator writes ours into it).
      const formats = [...new Set([...Object.keys(cfworkerFormat), ...Object.keys(formFormats)])];
      const validator = createFormValidator({
        type: 'object',
        properties: Object.fromEntries(formats.map((name) => [name, { type: 'string', format: name }])),
      });
      export const check = (format, value) => validator.validate({ [format]: value }).length === 0;
    `,
    resolveDir: packageDirectory,
    formats: [...new Set([...Object.keys(cfworkerFormat), ...Object.keys(formFormats)])],
    length: 50_000,
    perCheckMs: 1_000,
    totalMs: 10_000,
  });
  expect(run).toEqual({
    finished: true,
    checks:
      new Set([...Object.keys(cfworkerFormat), ...Object.keys(formFormats)]).size *
      adversarialFamilies.length,
  });
}, 60_000);
