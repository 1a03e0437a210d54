import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

let dir: string;
let cleanup: () => Promise<void>;
let validSource: string;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  validSource = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  // An unknown property on line 2, column 3 (the key's opening quote).
  await writeFile(path.join(dir, 'broken.json'), validSource.replace('{\n', '{\n  "bogus": true,\n'));
  // A syntax error: the second comma on line 3.
  await writeFile(path.join(dir, 'not-json.json'), '{\n  "specVersion": 1,\n  "id": "x",,\n}\n');
  await writeFile(path.join(dir, 'valid.json'), validSource);
  // One visit without a note: a warning, not an error.
  await mkdir(path.join(dir, 'warn'));
  await writeFile(
    path.join(dir, 'warn/one-visit.json'),
    validSource.replace('"maxVisits": 0', '"maxVisits": 1'),
  );
});
afterAll(() => cleanup());

describe('onewindow validate', () => {
  it('exits 0 on a valid spec and prints only the summary', async () => {
    const { exitCode, stdout, stderr } = await runCli(['validate', 'catalog/dibao-apply.json']);
    expect(stderr).toBe('');
    expect(stdout).toBe('检查了 1 个文件：0 个错误，0 个警告。\n');
    expect(exitCode).toBe(0);
  });

  it('expands globs itself and counts every matched file', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'catalog/*.json', '--lang', 'en']);
    expect(stdout).toBe('Checked 2 files: 0 errors, 0 warnings.\n');
    expect(exitCode).toBe(0);
  });

  it('prints file:line:column severity code message for a broken spec and exits 1', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'broken.json', 'valid.json'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^broken\.json:2:3 error schema\/additional-property \S.*bogus/);
    expect(lines.at(-1)).toBe('检查了 2 个文件：1 个错误，0 个警告。');
    expect(exitCode).toBe(1);
  });

  it('exits 0 when there are warnings only', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'warn/one-visit.json'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^warn\/one-visit\.json:\d+:\d+ warning semantic\/max-visits-note-missing \S/);
    expect(lines.at(-1)).toBe('检查了 1 个文件：0 个错误，1 个警告。');
    expect(exitCode).toBe(0);
  });

  it('localizes messages with --lang en', async () => {
    const zh = await runCli(['validate', 'broken.json'], dir);
    const en = await runCli(['validate', 'broken.json', '--lang', 'en'], dir);
    const message = (out: string) => out.split('\n')[0]?.split(' ').slice(3).join(' ') ?? '';
    expect(message(en.stdout)).not.toBe(message(zh.stdout));
    expect(message(zh.stdout)).toMatch(/[\u4e00-\u9fff]/);
    expect(message(en.stdout)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports invalid JSON as a json/syntax diagnostic with its position', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'not-json.json'], dir);
    expect(stdout.split('\n')[0]).toMatch(/^not-json\.json:3:13 error json\/syntax \S/);
    expect(exitCode).toBe(1);
  });

  it('prints a JSON array of diagnostics with their file for --format json, and nothing else', async () => {
    const { exitCode, stdout } = await runCli(['validate', '*.json', '--format', 'json'], dir);
    const diagnostics = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect([...new Set(diagnostics.map((d) => d.file))]).toEqual(['broken.json', 'not-json.json']);
    expect(diagnostics[0]).toMatchObject({
      file: 'broken.json',
      severity: 'error',
      code: 'schema/additional-property',
      line: 2,
      column: 3,
    });
    expect(typeof diagnostics[0]?.message).toBe('string');
    expect(diagnostics[1]).toMatchObject({ file: 'not-json.json', code: 'json/syntax', line: 3, column: 13 });
    expect(exitCode).toBe(1);
  });

  it('prints an empty JSON array when all is well', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'valid.json', '--format=json'], dir);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('exits 2 for a missing file, still validating the others', async () => {
    const { exitCode, stdout, stderr } = await runCli(['validate', 'missing.json', 'broken.json'], dir);
    expect(stderr).toBe('找不到文件 missing.json。\n');
    expect(stdout).toContain('broken.json:2:3 error');
    expect(exitCode).toBe(2);
  });

  it('exits 2 for a directory given as a file', async () => {
    const { exitCode, stderr } = await runCli(['validate', 'catalog', '--lang', 'en']);
    expect(stderr).toBe('catalog is a directory, not a file.\n');
    expect(exitCode).toBe(2);
  });

  it('exits 2 for a glob that matches nothing', async () => {
    const { exitCode, stdout, stderr } = await runCli(['validate', 'nowhere/*.json']);
    expect(stdout).toBe('');
    expect(stderr).toBe('没有文件匹配 nowhere/*.json。\n');
    expect(exitCode).toBe(2);
  });

  it('exits 2 without file arguments', async () => {
    const { exitCode, stderr } = await runCli(['validate', '--lang', 'en']);
    expect(stderr).toBe('Missing argument: spec files or globs.\nRun onewindow validate --help for usage.\n');
    expect(exitCode).toBe(2);
  });
});
