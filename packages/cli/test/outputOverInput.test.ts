import { link, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Regression tests for the CLI bullet of issue 12: `compile x.json -o x.json` overwrote the spec with the
// generated module. No command writes over the file it reads, under any name that reaches it.

let dir: string;
let cleanup: () => Promise<void>;
let source: string;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
});
beforeEach(async () => {
  await writeFile(path.join(dir, 'spec.json'), source);
  await writeFile(path.join(dir, 'spec.d.ts'), source); // a spec file with an odd name
});
afterAll(() => cleanup());

const unchanged = async (file: string) => expect(await readFile(path.join(dir, file), 'utf8')).toBe(source);

describe('outputs never overwrite the input spec', () => {
  it('compile -o the spec itself is refused and the spec is left alone', async () => {
    const { exitCode, stderr, stdout } = await runCli(
      ['compile', 'spec.json', '-o', 'spec.json', '--lang', 'en'],
      dir,
    );
    expect(stderr).toBe('Refusing to write spec.json: it is the input spec. Choose another output file.\n');
    expect(stdout).toBe('');
    expect(exitCode).toBe(2);
    await unchanged('spec.json');
  });

  it('compile whose .d.ts beside the output would be the input is refused', async () => {
    const { exitCode, stderr } = await runCli(['compile', 'spec.d.ts', '-o', 'spec.js'], dir);
    expect(stderr).toBe('拒绝写入 spec.d.ts：它就是输入的事项文件。请换一个输出文件。\n');
    expect(exitCode).toBe(2);
    await unchanged('spec.d.ts');
  });

  it('another spelling, a symbolic link or a hard link to the input is the input too', async () => {
    await symlink(path.join(dir, 'spec.json'), path.join(dir, 'alias.json'));
    await link(path.join(dir, 'spec.json'), path.join(dir, 'hard.json'));
    for (const output of ['./sub/../spec.json', path.join(dir, 'spec.json'), 'alias.json', 'hard.json']) {
      const { exitCode } = await runCli(['compile', 'spec.json', '-o', output], dir);
      expect(exitCode, output).toBe(2);
    }
    await unchanged('spec.json');
  });

  it('types -o the spec itself is refused', async () => {
    const { exitCode, stderr } = await runCli(['types', 'spec.json', '-o', 'spec.json'], dir);
    expect(stderr).toBe('拒绝写入 spec.json：它就是输入的事项文件。请换一个输出文件。\n');
    expect(exitCode).toBe(2);
    await unchanged('spec.json');
  });
});
