import { expect, test } from 'vitest';
import { type ServiceItemSpec, validateSpec } from '../src/index.js';
import { validSpec, withCode } from './helpers.js';

test('a decision stage must count towards the time limit (行政许可法 第四十二条、第四十五条)', () => {
  const spec = validSpec() as ServiceItemSpec;
  const index = spec.flow.stages.findIndex((stage) => stage.decision === true);
  expect(index).toBeGreaterThanOrEqual(0);
  expect(withCode(validateSpec(spec).diagnostics, 'semantic/decision-stage-uncounted')).toEqual([]);
  const uncounted = structuredClone(spec);
  uncounted.flow.stages[index]!.counted = false;
  const [finding] = withCode(validateSpec(uncounted).diagnostics, 'semantic/decision-stage-uncounted');
  expect(finding).toMatchObject({ severity: 'error', pointer: `/flow/stages/${index}/counted` });
});
