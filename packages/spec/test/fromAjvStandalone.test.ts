import { createRequire } from 'node:module';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import {
  type AjvStandaloneFunction,
  createFormValidator,
  formFormats,
  fromAjvStandalone,
} from '../src/index.js';
import { validSpec } from './helpers.js';

const formSchema = validSpec().form.schema;

function compileWithAjv(): AjvStandaloneFunction {
  const ajv = new Ajv({ allErrors: true, code: { source: true } });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(formFormats)) ajv.addFormat(name, validate);
  return ajv.compile(formSchema) as AjvStandaloneFunction;
}

const samples: unknown[] = [
  { applicant: { name: '张三' } },
  {
    applicant: { name: '张三', idNumber: '110105194912310021', mobile: '12800138000' },
    household: { size: 0, monthlyIncome: 1 },
  },
  {
    applicant: { name: '', idNumber: '11010519491231002X', mobile: '13800138000' },
    household: { size: 2, monthlyIncome: '1' },
    bankAccount: 'x',
  },
  {
    applicant: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000' },
    household: { size: 2, monthlyIncome: 1 },
  },
];

const comparable = (errors: { pointer: string; keyword: string; message: string }[]) =>
  errors
    .map(({ pointer, keyword, message }) => ({ pointer, keyword, message }))
    .sort((a, b) => `${a.pointer} ${a.keyword}`.localeCompare(`${b.pointer} ${b.keyword}`));

test.each(samples.map((data, index) => [index, data]))(
  'sample %i: ajv standalone-shaped errors give the same FormErrors as the interpreting validator',
  (_index, data) => {
    const fromAjv = fromAjvStandalone(compileWithAjv()).validate(data);
    const interpreted = createFormValidator(formSchema).validate(data);
    expect(comparable(fromAjv)).toEqual(comparable(interpreted));
  },
);

test('English messages, required pointing at the missing property', () => {
  const errors = fromAjvStandalone(compileWithAjv(), { lang: 'en' }).validate({
    applicant: { name: '张三' },
  });
  expect(errors.sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual([
    {
      pointer: '/applicant/idNumber',
      keyword: 'required',
      params: { missingProperty: 'idNumber' },
      message: 'This field is required',
    },
    {
      pointer: '/applicant/mobile',
      keyword: 'required',
      params: { missingProperty: 'mobile' },
      message: 'This field is required',
    },
    {
      pointer: '/household',
      keyword: 'required',
      params: { missingProperty: 'household' },
      message: 'This field is required',
    },
  ]);
});

test('works on real standalone code (the shape `onewindow compile` emits)', () => {
  const ajv = new Ajv({ allErrors: true, code: { source: true } });
  const source = standaloneCode(
    ajv,
    ajv.compile({
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 2 } },
    }),
  );
  const module = { exports: {} as Record<string, unknown> };
  // Test-only: evaluate the generated CommonJS module (runtime code never does this).
  new Function('module', 'exports', 'require', source)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  const validate = (module.exports.default ?? module.exports) as AjvStandaloneFunction;
  const validator = fromAjvStandalone(validate);
  expect(validator.validate({})).toMatchObject([
    { pointer: '/name', keyword: 'required', message: '请填写此项' },
  ]);
  expect(validator.validate({ name: '张' })).toMatchObject([
    { pointer: '/name', keyword: 'minLength', params: { limit: 2 }, message: '请至少输入 2 个字' },
  ]);
  expect(validator.validate({ name: '张三' })).toEqual([]);
});
