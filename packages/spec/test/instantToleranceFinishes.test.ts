import { expect, test } from 'vitest';
import type { ServiceItemSpec } from '../src/index.js';
import { validateSpec } from '../src/index.js';
import { validSpec, withCode } from './helpers.js';

/** The fixture made an instant item (即办件) with its first material tolerable (容缺). */
function instantWithTolerance(supplyAfterDecision?: boolean): ServiceItemSpec {
  const spec = validSpec() as ServiceItemSpec & { mode: string };
  spec.mode = 'instant';
  spec.timeLimit = { ...spec.timeLimit, promised: 0 };
  const flow = { stages: [], ...(supplyAfterDecision === undefined ? {} : { supplyAfterDecision }) };
  (spec as { flow: unknown }).flow = flow;
  const materials = spec.materials.map((m, i) => (i === 0 ? { ...m, tolerable: true } : m));
  return { ...spec, materials } as ServiceItemSpec;
}

test('an instant item with a tolerable material must declare 先办后补 (flow.supplyAfterDecision)', () => {
  const [finding] = withCode(
    validateSpec(instantWithTolerance()).diagnostics,
    'semantic/instant-tolerance-unfinished',
  );
  expect(finding).toMatchObject({ severity: 'error', pointer: '/materials/0/tolerable' });
  expect(finding?.message).toContain('先办后补');
  expect(
    withCode(validateSpec(instantWithTolerance(true)).diagnostics, 'semantic/instant-tolerance-unfinished'),
  ).toEqual([]);
});
