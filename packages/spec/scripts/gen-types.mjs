// Generates from service-item.schema.json:
//  - src/serviceItem.generated.ts — the TypeScript types (json-schema-to-typescript);
//  - src/serviceItemValidationSchema.generated.json — the same schema without annotations (titles,
//    descriptions, enum labels), for browsers that check fetched specs: a quarter of the bytes.
// `--check` exits 1 when a committed file is stale (used by a test and by CI).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(packageDir, 'src', 'serviceItem.generated.ts');
const validationSchemaFile = join(packageDir, 'src', 'serviceItemValidationSchema.generated.json');
const ANNOTATIONS = new Set(['title', 'description', 'x-enumLabels', 'tsType', 'default', '$comment']);

/** The schema with annotation keywords removed: validation behaviour is unchanged. */
export async function generateValidationSchema() {
  const schema = JSON.parse(await readFile(join(packageDir, 'service-item.schema.json'), 'utf8'));
  const strip = (node, isPropertyMap) => {
    if (Array.isArray(node)) return node.map((item) => strip(item, false));
    if (node === null || typeof node !== 'object') return node;
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      // Inside `properties`/`definitions` the keys are names (a property may be called "title"), not keywords.
      if (!isPropertyMap && ANNOTATIONS.has(key)) continue;
      copy[key] = strip(value, key === 'properties' || key === 'definitions');
    }
    return copy;
  };
  return `${JSON.stringify(strip(schema, false))}\n`;
}

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
  const outputs = [
    [outputFile, await generateServiceItemTypes()],
    [validationSchemaFile, await generateValidationSchema()],
  ];
  for (const [file, source] of outputs) {
    if (process.argv.includes('--check')) {
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current !== source) {
        console.error(`${file} is stale: run \`npm run gen\`.`);
        process.exitCode = 1;
      }
    } else {
      await writeFile(file, source);
      console.log(`wrote ${file}`);
    }
  }
}
