import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Found by bench/fuzz: `compile` of a spec with a format ajv does not know made ajv write
// `unknown format "…" ignored in schema …` to the console, beside the CLI's own output and with the spec's
// text unescaped (a format name can hold terminal escapes). validate already warns about unknown formats.

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  const spec = JSON.parse(await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8'));
  spec.form.schema.properties.applicant.properties.name.format = 'no-such-format\u001b[2J';
  await writeFile(path.join(dir, 'odd-format.json'), JSON.stringify(spec, null, 2));
});
afterAll(() => cleanup());

it('compile writes nothing to the console', async () => {
  const log = vi.spyOn(console, 'log');
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  const { exitCode } = await runCli(['compile', 'odd-format.json', '-o', 'out/odd.validate.js'], dir);
  expect(exitCode).toBe(0);
  expect([...log.mock.calls, ...warn.mock.calls, ...error.mock.calls]).toEqual([]);
});
