import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

const stageNames = ['审核', '入户调查', '公示', '审批'];

describe('onewindow flow', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await temporaryDirectory());
  });
  afterAll(() => cleanup());

  it('prints a Mermaid state diagram with the item’s stages by default', async () => {
    const { exitCode, stdout, stderr } = await runCli(['flow', 'catalog/dibao-apply.json']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    for (const name of stageNames) expect(stdout).toContain(`"${name}"`);
    expect(stdout).toMatch(/--> \w+: ACCEPT 受理/);
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('labels the diagram in English with --lang en', async () => {
    const { exitCode, stdout } = await runCli(['flow', 'catalog/dibao-apply.json', '--lang', 'en']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/--> \w+: ACCEPT Accept/);
    expect(stdout).not.toContain('受理');
  });

  it('prints the flow model as JSON with --format json', async () => {
    const { exitCode, stdout } = await runCli(['flow', 'catalog/dibao-apply.json', '--format', 'json']);
    expect(exitCode).toBe(0);
    const model = JSON.parse(stdout) as {
      order: string[];
      states: Record<string, { on: Record<string, { target?: string }> }>;
      steps: { id: string }[];
    };
    expect(model.steps.map((step) => step.id)).toEqual(['review', 'survey', 'notice', 'decide']);
    expect(model.order).toContain('accepted.survey');
    expect(model.states.submitted?.on.ACCEPT?.target).toBe('accepted.review');
  });

  it('exits 1 on an invalid spec and 2 on usage errors', async () => {
    const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
    await writeFile(path.join(dir, 'broken.json'), source.replace('"role": "approver"', '"role": "boss"'));
    const broken = await runCli(['flow', 'broken.json'], dir);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^broken\.json:\d+:\d+ error schema\//);
    expect(broken.exitCode).toBe(1);
    const format = await runCli(['flow', 'catalog/dibao-apply.json', '--format', 'svg']);
    expect(format.stderr).toContain('选项 --format 的值“svg”无效，可选值：mermaid、json。');
    expect(format.exitCode).toBe(2);
    const none = await runCli(['flow']);
    expect(none.stderr).toBe('缺少参数：事项文件。\n运行 onewindow flow --help 查看用法。\n');
    expect(none.exitCode).toBe(2);
  });
});
