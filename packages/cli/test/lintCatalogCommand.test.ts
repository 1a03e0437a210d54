import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  // The same item twice under two files: a duplicate id (line 3 holds "id").
  await writeFile(path.join(dir, 'a-dibao.json'), source);
  await writeFile(path.join(dir, 'b-dibao-copy.json'), source);
  // An invalid spec in the folder is reported too (and left out of the catalog lint).
  await writeFile(path.join(dir, 'c-broken.json'), source.replace('"maxVisits": 0', '"maxVisits": -1'));
  // Not a spec file: ignored.
  await writeFile(path.join(dir, 'notes.txt'), 'not json');
});
afterAll(() => cleanup());

describe('onewindow lint-catalog', () => {
  it('exits 0 on a clean catalog', async () => {
    const { exitCode, stdout, stderr } = await runCli(['lint-catalog', 'catalog']);
    expect(stderr).toBe('');
    expect(stdout).toBe('检查了 2 个文件：0 个错误，0 个警告。\n');
    expect(exitCode).toBe(0);
  });

  it('reports catalog problems and each file’s own diagnostics as file:line:column, exit 1', async () => {
    const { exitCode, stdout } = await runCli(['lint-catalog', dir, '--lang', 'en'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^b-dibao-copy\.json:3:\d+ error catalog\/duplicate-id .*a-dibao\.json/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^c-broken\.json:\d+:\d+ error schema\//));
    expect(lines.filter((line) => line.startsWith('a-dibao.json'))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^Checked 3 files: [1-9]\d* errors?, 0 warnings\.$/);
    expect(exitCode).toBe(1);
  });

  it('prints JSON diagnostics with their file for --format json', async () => {
    const { exitCode, stdout } = await runCli(['lint-catalog', '.', '--format', 'json'], dir);
    const diagnostics = JSON.parse(stdout) as Array<{ file: string; code: string; line: number }>;
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'b-dibao-copy.json', code: 'catalog/duplicate-id', line: 3 }),
    );
    expect(diagnostics.every((d) => typeof d.file === 'string' && d.line >= 1)).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('exits 2 for a missing directory, a file, or an empty directory', async () => {
    const missing = await runCli(['lint-catalog', 'nowhere']);
    expect(missing.stderr).toBe('找不到文件 nowhere。\n');
    expect(missing.exitCode).toBe(2);
    const file = await runCli(['lint-catalog', 'catalog/dibao-apply.json', '--lang', 'en']);
    expect(file.stderr).toBe('catalog/dibao-apply.json is not a directory.\n');
    expect(file.exitCode).toBe(2);
    const empty = await runCli(['lint-catalog', '.'], path.join(fixtures, 'empty-catalog'));
    expect(empty.stderr).toBe('目录 . 中没有 *.json 事项文件。\n');
    expect(empty.exitCode).toBe(2);
  });

  it('exits 2 without a directory or with two', async () => {
    expect((await runCli(['lint-catalog'])).exitCode).toBe(2);
    const two = await runCli(['lint-catalog', 'catalog', 'other']);
    expect(two.stderr).toBe('多余的参数：other。\n运行 onewindow lint-catalog --help 查看用法。\n');
    expect(two.exitCode).toBe(2);
  });
});
