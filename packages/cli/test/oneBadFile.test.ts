import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Regression tests for issue 12, point 4 (the CLI part): one spec that made validateSpec throw aborted the
// whole `validate` or `lint-catalog` run with "内部错误", and the other files' results were lost.

/** A marker that makes the mocked validateSpec throw, as a bug in it would. */
const THROW_MARKER = 'make-validateSpec-throw';

vi.mock('@onewindow/spec', async (importOriginal) => {
  const original = await importOriginal<typeof import('@onewindow/spec')>();
  return {
    ...original,
    validateSpec: (...args: Parameters<typeof original.validateSpec>) => {
      if (typeof args[0] === 'string' && args[0].includes(THROW_MARKER)) {
        throw new RangeError('Maximum call stack size exceeded');
      }
      return original.validateSpec(...args);
    },
  };
});

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  await mkdir(path.join(dir, 'catalog'));
  await writeFile(path.join(dir, 'catalog/a-throws.json'), source.replace('"2024-03"', `"${THROW_MARKER}"`));
  await writeFile(
    path.join(dir, 'catalog/b-broken.json'),
    source.replace('"maxVisits": 0', '"maxVisits": -1'),
  );
  await writeFile(path.join(dir, 'catalog/c-valid.json'), source.replace('"dibao-apply"', '"dibao-other"'));
});
afterAll(() => cleanup());

describe('one spec that breaks validation does not hide the others', () => {
  it('validate reports the failure at that file and goes on with the rest', async () => {
    const { exitCode, stdout, stderr } = await runCli(['validate', 'catalog/*.json', '--lang', 'en'], dir);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'catalog/a-throws.json:1:1 error file/internal-error onewindow failed on this file: RangeError: Maximum call stack size exceeded. Please report it (see docs/security.md); the other files were checked.',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^catalog\/b-broken\.json:\d+:\d+ error schema\//));
    expect(lines.at(-1)).toMatch(/^Checked 3 files: 2 errors, 0 warnings\.$/);
    expect(exitCode).toBe(1);
  });

  it('validate --format json lists the failure as a diagnostic of its file', async () => {
    const { stdout } = await runCli(['validate', 'catalog/*.json', '--format', 'json'], dir);
    const diagnostics = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(diagnostics[0]).toMatchObject({
      file: 'catalog/a-throws.json',
      code: 'file/internal-error',
      severity: 'error',
      line: 1,
      column: 1,
    });
  });

  it('lint-catalog reports the failure at that file and lints the rest', async () => {
    const { exitCode, stdout, stderr } = await runCli(['lint-catalog', 'catalog', '--lang', 'en'], dir);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^catalog\/a-throws\.json:1:1 error file\/internal-error /);
    expect(lines).toContainEqual(expect.stringMatching(/^catalog\/b-broken\.json:\d+:\d+ error schema\//));
    expect(lines.at(-1)).toMatch(/^Checked 3 files: 2 errors, 0 warnings\.$/);
    expect(exitCode).toBe(1);
  });
});
