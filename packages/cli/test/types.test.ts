import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDataTypeName } from '../src/formDataTypeName.js';
import { titlesToDescriptions } from '../src/titlesToDescriptions.js';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';
import { typeErrors } from './typeErrors.js';

describe('formDataTypeName', () => {
  it('turns the item id into a PascalCase name ending in FormData', () => {
    expect(formDataTypeName('dibao-apply')).toBe('DibaoApplyFormData');
    expect(formDataTypeName('juzhuzheng-2024-renew')).toBe('Juzhuzheng2024RenewFormData');
    expect(formDataTypeName('x')).toBe('XFormData');
  });
});

describe('titlesToDescriptions', () => {
  it('moves titles into descriptions at every depth without touching the input', () => {
    const input = {
      type: 'object',
      title: '表',
      properties: {
        a: { type: 'string', title: '甲', description: '说明' },
        list: { type: 'array', items: { type: 'object', title: '项', properties: { b: { title: '乙' } } } },
      },
      definitions: { d: { title: '丁', type: 'number' } },
      anyOf: [{ title: '或', required: ['a'] }],
    };
    const before = structuredClone(input);
    expect(titlesToDescriptions(input)).toEqual({
      type: 'object',
      description: '表',
      properties: {
        a: { type: 'string', description: '甲\n\n说明' },
        list: {
          type: 'array',
          items: { type: 'object', description: '项', properties: { b: { description: '乙' } } },
        },
      },
      definitions: { d: { description: '丁', type: 'number' } },
      anyOf: [{ description: '或', required: ['a'] }],
    });
    expect(input).toEqual(before);
  });
});

describe('onewindow types', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await temporaryDirectory());
  });
  afterAll(() => cleanup());

  it('prints the form data types named after the item id, with field titles as JSDoc', async () => {
    const { exitCode, stdout, stderr } = await runCli(['types', 'catalog/dibao-apply.json']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('export interface DibaoApplyFormData {');
    expect(stdout).toMatch(/\/\*\*\s*\n\s*\* 姓名\s*\n\s*\*\/\s*\n\s*name: string;/);
    expect(stdout).toMatch(/\* 公民身份号码[\s\S]*?idNumber: string;/);
    expect(stdout).toContain('householdSize: number;');
    expect(stdout).toContain('reason?: "illness" | "disability" | "other";');
    // Titles must not become type names (json-schema-to-typescript's default).
    expect(stdout).not.toMatch(/(interface|type) 申请人/);
  });

  it('writes a file with -o that type-checks', async () => {
    const { exitCode, stdout } = await runCli(
      ['types', path.join(fixtures, 'catalog/dibao-apply.json'), '-o', 'types/dibao.ts'],
      dir,
    );
    expect(exitCode).toBe(0);
    expect(stdout).toBe('已写入 types/dibao.ts\n');
    const source = await readFile(path.join(dir, 'types/dibao.ts'), 'utf8');
    expect(source).toContain('export interface DibaoApplyFormData');
    const usage = path.join(dir, 'use.ts');
    await writeFile(
      usage,
      `import type { DibaoApplyFormData } from './types/dibao.js';
export const ok: DibaoApplyFormData = {
  applicant: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000' },
  householdSize: 3,
};
export const bad: DibaoApplyFormData = {
  applicant: { name: '张三', idNumber: 'x', mobile: 'y' },
  // @ts-expect-error householdSize is a number
  householdSize: '3',
};
`,
    );
    expect(typeErrors([usage])).toEqual([]);
  });

  it('exits 1 with the diagnostics on stderr when the spec is invalid', async () => {
    const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
    await writeFile(path.join(dir, 'broken.json'), source.replace('"mode": "promised"', '"mode": "fast"'));
    const { exitCode, stdout, stderr } = await runCli(['types', 'broken.json'], dir);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^broken\.json:\d+:\d+ error /);
    expect(stderr).toContain('broken.json 不是有效的事项规范（1 个错误）');
    expect(exitCode).toBe(1);
  });

  it('exits 2 without a spec argument or with a missing file', async () => {
    const none = await runCli(['types']);
    expect(none.stderr).toBe('缺少参数：事项文件。\n运行 onewindow types --help 查看用法。\n');
    expect(none.exitCode).toBe(2);
    const missing = await runCli(['types', 'catalog/nope.json', '--lang', 'en']);
    expect(missing.stderr).toBe('File not found: catalog/nope.json.\n');
    expect(missing.exitCode).toBe(2);
  });
});
