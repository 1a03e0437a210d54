import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain ESM build script without type declarations
import { generateServiceItemTypes } from '../scripts/gen-types.mjs';

test('src/serviceItem.generated.ts is up to date with service-item.schema.json (run `npm run gen`)', async () => {
  const committed = await readFile(new URL('../src/serviceItem.generated.ts', import.meta.url), 'utf8');
  expect(committed).toBe(await generateServiceItemTypes());
});
