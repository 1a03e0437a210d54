import { readdirSync, readFileSync } from 'node:fs';
import type { ServiceItemSpec } from '@onewindow/spec';
import { dibao, homestead, residence } from './helpers.js';

const dir = new URL('../../../examples/specs/', import.meta.url);

/** Every example item in examples/specs/ plus the engine's own fixtures (one per mode at least). */
export function exampleSpecs(): { name: string; spec: ServiceItemSpec }[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    files = [];
  }
  const examples = files.sort().map((f) => ({
    name: `examples/specs/${f}`,
    spec: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ServiceItemSpec,
  }));
  return [
    ...examples,
    { name: 'fixtures/dibao', spec: dibao },
    { name: 'fixtures/residence-proof', spec: residence },
    { name: 'fixtures/homestead', spec: homestead },
  ];
}
