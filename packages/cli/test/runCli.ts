import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

/** packages/cli/test/fixtures */
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `onewindow` in-process with captured output. */
export async function runCli(argv: string[], cwd: string = fixtures): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { exitCode, stdout, stderr };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export async function temporaryDirectory(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'onewindow-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
