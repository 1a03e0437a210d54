import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain ESM build script without type declarations
import { generateServiceItemTypes, generateValidationSchema } from '../scripts/gen-types.mjs';
import { createFormValidator, serviceItemSchema, serviceItemValidationSchema } from '../src/index.js';
import { validSpec } from './helpers.js';

test('src/serviceItem.generated.ts is up to date with service-item.schema.json (run `npm run gen`)', async () => {
  const committed = await readFile(new URL('../src/serviceItem.generated.ts', import.meta.url), 'utf8');
  expect(committed).toBe(await generateServiceItemTypes());
});

test('src/serviceItemValidationSchema.generated.json is up to date (run `npm run gen`)', async () => {
  const committed = await readFile(
    new URL('../src/serviceItemValidationSchema.generated.json', import.meta.url),
    'utf8',
  );
  expect(committed).toBe(await generateValidationSchema());
});

test('the annotation-free schema keeps every validation keyword and drops only annotations', () => {
  const annotations = new Set(['title', 'description', 'x-enumLabels', 'tsType', 'default', '$comment']);
  const strip = (node: unknown, inPropertyMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => strip(item, false));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => inPropertyMap || !annotations.has(key))
        .map(([key, value]) => [key, strip(value, key === 'properties' || key === 'definitions')]),
    );
  };
  expect(serviceItemValidationSchema).toEqual(strip(serviceItemSchema, false));
  // It still refuses what the full schema refuses, and the examples still pass it.
  const validator = createFormValidator(serviceItemValidationSchema as object);
  const spec = validSpec();
  expect(validator.validate(spec)).toEqual([]);
  expect(validator.validate({ ...spec, mode: 'fast' })).toMatchObject([
    { pointer: '/mode', keyword: 'enum' },
  ]);
  expect(JSON.stringify(serviceItemValidationSchema)).not.toContain('材料名称');
});
