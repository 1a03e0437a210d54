import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Regression tests for the CLI bullet of issue 12: a FIFO named as a spec made the CLI wait forever; a
// device such as /dev/zero would be read without end. Only regular files are read.

let dir: string;
let cleanup: () => Promise<void>;
const onLinux = process.platform === 'linux' || process.platform === 'darwin';

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  await writeFile(path.join(dir, 'valid.json'), source);
  if (onLinux) execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
});
afterAll(async () => {
  // If a reader is still blocked on the FIFO (the bug), release it so that the test run can end.
  try {
    closeSync(openSync(path.join(dir, 'pipe.json'), constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader waiting
  }
  await cleanup();
});

describe.runIf(onLinux)('arguments that are not regular files', () => {
  it('refuses a FIFO at once with a clear message and still validates the other files', async () => {
    const { exitCode, stdout, stderr } = await runCli(
      ['validate', 'pipe.json', 'valid.json', '--lang', 'en'],
      dir,
    );
    expect(stderr).toBe('pipe.json is not a regular file (a FIFO): only spec files are read.\n');
    expect(stdout).toBe('Checked 1 file: 0 errors, 0 warnings.\n');
    expect(exitCode).toBe(2);
  }, 5_000);

  it('lint-catalog reads the regular files beside a FIFO; the one-spec commands refuse it', async () => {
    const lint = await runCli(['lint-catalog', '.'], dir);
    expect(lint.stdout).toBe('检查了 1 个文件：0 个错误，0 个警告。\n');
    expect(lint.exitCode).toBe(0);
    const flow = await runCli(['flow', 'pipe.json'], dir);
    expect(flow.stderr).toBe('pipe.json 不是普通文件（是命名管道），只读取事项文件。\n');
    expect(flow.exitCode).toBe(2);
  }, 5_000);

  it('refuses a device', async () => {
    const { exitCode, stderr } = await runCli(['validate', '/dev/null', '--lang', 'en'], dir);
    expect(stderr).toBe('/dev/null is not a regular file (a device): only spec files are read.\n');
    expect(exitCode).toBe(2);
  });
});
