import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_SPEC_FILE_BYTES } from '../src/readTextFile.js';
import { runCli, temporaryDirectory } from './runCli.js';

// A multi-gigabyte file named as a spec was read whole into memory before validateSpec's size limit could
// refuse it. A file over MAX_SPEC_FILE_BYTES is not read.

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  // Sparse: takes no disk space, and is never read.
  const handle = await open(path.join(dir, 'huge.json'), 'w');
  await handle.truncate(MAX_SPEC_FILE_BYTES + 1);
  await handle.close();
});
afterAll(() => cleanup());

it('refuses a file over the read limit with one error, without reading it', async () => {
  const { exitCode, stdout } = await runCli(['validate', 'huge.json', '--lang', 'en'], dir);
  expect(stdout).toBe(
    'huge.json:1:1 error file/too-large The file has 21 MB, over the 20 MB read limit, and was not read (spec files have tens of KB).\nChecked 1 file: 1 error, 0 warnings.\n',
  );
  expect(exitCode).toBe(1);
});
