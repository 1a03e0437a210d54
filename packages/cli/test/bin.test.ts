import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './runCli.js';

const bin = path.join(repositoryRoot, 'packages/cli/bin/onewindow.mjs');

/** Runs the real executable (it imports the built dist/: `npm test` builds first). */
async function spawnCli(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: repositoryRoot,
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('bin/onewindow.mjs (smoke)', () => {
  it('validates the example catalog: exit 0', async () => {
    const { exitCode, stdout, stderr } = await spawnCli(['validate', 'examples/specs/*.json']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^检查了 \d+ 个文件：0 个错误，\d+ 个警告。\n$/m);
    expect(exitCode).toBe(0);
  });

  it('sets a non-zero exit code on a usage error, without a stack trace', async () => {
    const { exitCode, stderr } = await spawnCli([
      'validate',
      'examples/specs/does-not-exist.json',
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('File not found: examples/specs/does-not-exist.json.\n');
    expect(exitCode).toBe(2);
  });
});
