import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { type AjvStandaloneFunction, createFormValidator, fromAjvStandalone } from '@onewindow/spec';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPath } from '../src/declarationPath.js';
import { fixtures, repositoryRoot, runCli, temporaryDirectory } from './runCli.js';
import { typeErrors } from './typeErrors.js';

const validData = {
  applicant: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000', birthDate: '1949-12-31' },
  householdSize: 3,
  reason: 'illness',
};
/** Every field wrong at once: a wrong check character, a 12x mobile, 2 Feb 30th, a missing field. */
const invalidData = {
  applicant: { name: '张', idNumber: '110105194912310021', mobile: '12800138000', birthDate: '2024-02-30' },
  reason: 'lazy',
};

let dir: string;
let cleanup: () => Promise<void>;
let code: string;
let stdout: string;
let exitCode: number;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  ({ exitCode, stdout } = await runCli(
    ['compile', path.join(fixtures, 'catalog/dibao-apply.json'), '-o', 'out/dibao.validate.js'],
    dir,
  ));
  code = await readFile(path.join(dir, 'out/dibao.validate.js'), 'utf8');
});
afterAll(() => cleanup());

describe('onewindow compile', () => {
  it('writes the module and its .d.ts and says so', () => {
    expect(exitCode).toBe(0);
    expect(stdout).toBe('已写入 out/dibao.validate.js\n已写入 out/dibao.validate.d.ts\n');
  });

  it('emits code without eval, new Function or require', () => {
    expect(code).not.toMatch(/new Function|Function\(|eval\(|require\(/);
    expect(code).not.toMatch(/\bimport\b/); // self-contained: nothing left to resolve in a browser
    expect(code).toMatch(/export\s*\{[^}]*\bas default\b/);
  });

  it('validates data when imported as an ES module, reporting every error at once', async () => {
    const module = (await import(pathToFileURL(path.join(dir, 'out/dibao.validate.js')).href)) as {
      default: AjvStandaloneFunction;
    };
    const validate = module.default;
    expect(validate(validData)).toBe(true);
    expect(validate(invalidData)).toBe(false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
    expect(problems).toEqual([
      ' required',
      '/applicant/birthDate format',
      '/applicant/idNumber format',
      '/applicant/mobile format',
      '/applicant/name minLength',
      '/reason enum',
    ]);
  });

  it('agrees with the interpreting validator of @onewindow/spec through fromAjvStandalone', async () => {
    const module = (await import(pathToFileURL(path.join(dir, 'out/dibao.validate.js')).href)) as {
      default: AjvStandaloneFunction;
    };
    const spec = JSON.parse(await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8'));
    const compiled = fromAjvStandalone(module.default);
    const interpreted = createFormValidator(spec.form.schema);
    const pointers = (errors: { pointer: string; keyword: string }[]) =>
      errors.map((e) => `${e.pointer} ${e.keyword}`).sort();
    expect(compiled.validate(validData)).toEqual([]);
    expect(pointers(compiled.validate(invalidData))).toEqual(pointers(interpreted.validate(invalidData)));
    expect(compiled.validate(invalidData).length).toBe(6);
  });

  it('runs where code generation from strings is forbidden, as under a strict CSP', async () => {
    // vm's codeGeneration.strings: false makes eval/new Function throw, like script-src without 'unsafe-eval'.
    const { code: script } = await transform(code, { format: 'iife', globalName: 'compiledModule' });
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => vm.runInContext('new Function("return 1")', context)).toThrow(/disallowed/);
    vm.runInContext(script, context);
    context.validData = validData;
    context.invalidData = invalidData;
    expect(vm.runInContext('compiledModule.default(validData)', context)).toBe(true);
    expect(vm.runInContext('compiledModule.default(invalidData)', context)).toBe(false);
    expect(vm.runInContext('compiledModule.default.errors.length', context)).toBe(6);
  });

  it('writes declarations that narrow unknown data to the form data type', async () => {
    const declarations = await readFile(path.join(dir, 'out/dibao.validate.d.ts'), 'utf8');
    expect(declarations).toContain('export interface DibaoApplyFormData');
    expect(declarations).toContain('(data: unknown): data is DibaoApplyFormData;');
    const usage = path.join(dir, 'use.ts');
    await writeFile(
      usage,
      `import validate from './out/dibao.validate.js';
export function applicantName(data: unknown): string | undefined {
  return validate(data) ? data.applicant.name : undefined;
}
// @ts-expect-error the data is not narrowed without validating
export const unchecked = (data: unknown): string => data.applicant.name;
`,
    );
    expect(typeErrors([usage])).toEqual([]);
  });

  it('exits 2 without -o, and names the missing option', async () => {
    const run = await runCli(['compile', 'catalog/dibao-apply.json', '--lang', 'en']);
    expect(run.stderr).toBe('Missing argument: output file (-o).\nRun onewindow compile --help for usage.\n');
    expect(run.exitCode).toBe(2);
  });
});

describe('onewindow compile over examples/specs', () => {
  it('compiles every example item to a CSP-clean module that agrees with createFormValidator', async () => {
    const examples = (await readdir(path.join(repositoryRoot, 'examples/specs'))).filter((f) =>
      f.endsWith('.json'),
    );
    expect(examples.length).toBeGreaterThan(0);
    const samples: unknown[] = [
      {},
      { applicant: {} },
      { applicant: { name: '', idNumber: '110105194912310021', phone: '123', mobile: '12800138000' } },
      null,
    ];
    for (const file of examples) {
      const output = `examples/${file.replace(/\.json$/, '.validate.js')}`;
      const run = await runCli(
        ['compile', path.join(repositoryRoot, 'examples/specs', file), '-o', output],
        dir,
      );
      expect(run.exitCode, `${file}: ${run.stderr}`).toBe(0);
      const compiledCode = await readFile(path.join(dir, output), 'utf8');
      expect(compiledCode, file).not.toMatch(/new Function|Function\(|eval\(|require\(/);
      const module = (await import(pathToFileURL(path.join(dir, output)).href)) as {
        default: AjvStandaloneFunction;
      };
      const spec = JSON.parse(await readFile(path.join(repositoryRoot, 'examples/specs', file), 'utf8'));
      const compiled = fromAjvStandalone(module.default);
      const interpreted = createFormValidator(spec.form.schema);
      for (const sample of samples) {
        const pointers = (errors: { pointer: string; keyword: string }[]) =>
          errors.map((e) => `${e.pointer} ${e.keyword}`).sort();
        expect(pointers(compiled.validate(sample)), `${file} ${JSON.stringify(sample)}`).toEqual(
          pointers(interpreted.validate(sample)),
        );
      }
    }
  });
});

describe('declarationPath', () => {
  it('puts the .d.ts beside the module', () => {
    expect(declarationPath('/out/a.validate.js')).toBe('/out/a.validate.d.ts');
    expect(declarationPath('/out/a.mjs')).toBe('/out/a.d.mts');
    expect(declarationPath('/out/a')).toBe('/out/a.d.ts');
  });
});
