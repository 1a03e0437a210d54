import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

interface PathJson {
  target: string;
  suspended: boolean;
  evaluated: boolean;
  steps: { type: string; role: string; data: Record<string, unknown>; state: string }[];
}

describe('onewindow paths', () => {
  it('prints one numbered line per path and a summary that counts them', async () => {
    const { exitCode, stdout, stderr } = await runCli(['paths', 'catalog/dibao-apply.json']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const pathLines = lines.slice(0, -1);
    expect(pathLines.length).toBeGreaterThan(5);
    pathLines.forEach((line, index) => {
      expect(line).toMatch(new RegExp(`^${index + 1}\\. \\S+ \\[[^\\]]+\\]: (提交 SUBMIT|撤回 WITHDRAW)`));
    });
    expect(lines.at(-1)).toBe(`共 ${pathLines.length} 条路径（最短路径）。`);
    expect(pathLines).toContainEqual(
      expect.stringMatching(
        /^\d+\. 已归档 \[archived\]: 提交 SUBMIT → 受理 ACCEPT → .* → 决定 DECIDE \(给付\) → 出件 ISSUE → 送达 DELIVER → 归档 ARCHIVE$/,
      ),
    );
    expect(pathLines).toContainEqual(
      expect.stringMatching(/^\d+\. 不予给付 \[denied\]: .*决定 DECIDE \(不予给付\)$/),
    );
    expect(pathLines).toContainEqual(expect.stringMatching(/^\d+\. 已受理·入户调查 \[accepted\.survey\]: /));
  });

  it('prints the paths as JSON with roles and sample data', async () => {
    const { exitCode, stdout } = await runCli(['paths', 'catalog/dibao-apply.json', '--format', 'json']);
    expect(exitCode).toBe(0);
    const paths = JSON.parse(stdout) as PathJson[];
    const archived = paths.find((p) => p.target === 'archived' && !p.evaluated);
    expect(archived?.steps.map((s) => s.type)).toEqual([
      'SUBMIT',
      'ACCEPT',
      'COMPLETE_STAGE',
      'COMPLETE_STAGE',
      'COMPLETE_STAGE',
      'DECIDE',
      'ISSUE',
      'DELIVER',
      'ARCHIVE',
    ]);
    expect(archived?.steps[1]).toMatchObject({ type: 'ACCEPT', role: 'window', state: 'accepted.review' });
    expect(paths.every((p) => p.steps.length > 0)).toBe(true);
  });

  it('leaves out state-keeping events with --core and lists more paths with --kind simple', async () => {
    const shortest = JSON.parse(
      (await runCli(['paths', 'catalog/dibao-apply.json', '--format=json'])).stdout,
    );
    const core = JSON.parse(
      (await runCli(['paths', 'catalog/dibao-apply.json', '--format=json', '--core'])).stdout,
    );
    const simple = JSON.parse(
      (await runCli(['paths', 'catalog/dibao-apply.json', '--format=json', '--kind', 'simple'])).stdout,
    );
    const types = (paths: PathJson[]) => new Set(paths.flatMap((p) => p.steps.map((s) => s.type)));
    expect(types(shortest).has('SUSPEND')).toBe(true);
    expect(types(core).has('SUSPEND')).toBe(false);
    expect(types(core).has('EVALUATE')).toBe(false);
    expect(simple.length).toBeGreaterThan(shortest.length);
    const { stdout } = await runCli([
      'paths',
      'catalog/dibao-apply.json',
      '--kind',
      'simple',
      '--lang',
      'en',
    ]);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${simple.length} paths (all simple paths).`);
    expect(stdout).toContain(': Submit SUBMIT → Accept ACCEPT');
  });

  it('exits 2 on a bad --kind and without a spec', async () => {
    const kind = await runCli(['paths', 'catalog/dibao-apply.json', '--kind', 'longest', '--lang', 'en']);
    expect(kind.stderr).toContain(
      'Invalid value "longest" for option --kind; expected one of: shortest, simple.',
    );
    expect(kind.exitCode).toBe(2);
    expect((await runCli(['paths'])).exitCode).toBe(2);
  });
});
