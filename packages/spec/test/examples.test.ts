import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintCatalog, type ServiceItemSpec, validateSpec } from '../src/index.js';

const folder = new URL('../../../examples/specs/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8');

describe('examples/specs', () => {
  test('there are examples', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s validates with no errors', (name) => {
    const result = validateSpec(read(name));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${name}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('the examples form a consistent catalog', () => {
    const entries = files.map((file) => {
      const source = read(file);
      return { spec: JSON.parse(source) as ServiceItemSpec, file, source };
    });
    expect(lintCatalog(entries).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });
});
