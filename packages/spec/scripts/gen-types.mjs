// Generates src/serviceItem.generated.ts from service-item.schema.json (json-schema-to-typescript).
// `--check` exits 1 when the committed file is stale (used by a test and by CI).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(packageDir, 'src', 'serviceItem.generated.ts');

/** Produces the TypeScript source for the ServiceItem schema. */
export async function generateServiceItemTypes() {
  const schema = JSON.parse(await readFile(join(packageDir, 'service-item.schema.json'), 'utf8'));
  return compile(schema, 'ServiceItemSpec', {
    bannerComment:
      '/* Generated from service-item.schema.json by scripts/gen-types.mjs (json-schema-to-typescript). Do not edit: run `npm run gen`. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await generateServiceItemTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(outputFile, 'utf8').catch(() => '');
    if (current !== source) {
      console.error('serviceItem.generated.ts is stale: run `npm run gen`.');
      process.exit(1);
    }
  } else {
    await writeFile(outputFile, source);
    console.log(`wrote ${outputFile}`);
  }
}
