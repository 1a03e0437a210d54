import { expect, test } from 'vitest';
import { type ServiceItemSpec, validateSpec } from '../src/index.js';
import { validSpec, withCode } from './helpers.js';

test('the 秒批 rule (flow.automaticDecision.when) is checked like every condition: fields, operations, bounds', () => {
  const spec = validSpec() as ServiceItemSpec;
  const withRule = (when: unknown) =>
    ({ ...spec, flow: { ...spec.flow, automaticDecision: { when } } }) as ServiceItemSpec;
  expect(validateSpec(withRule({ '!!': [{ var: 'applicant.name' }] })).ok).toBe(true);
  const [unknown] = withCode(
    validateSpec(withRule({ '!!': [{ var: 'applicant.nmae' }] })).diagnostics,
    'semantic/condition-unknown-field',
  );
  expect(unknown?.pointer).toBe('/flow/automaticDecision/when/!!/0/var');
  const [forbidden] = withCode(
    validateSpec(withRule({ method: [{ var: 'applicant.name' }, 'toUpperCase'] })).diagnostics,
    'semantic/condition-forbidden-operation',
  );
  expect(forbidden?.pointer).toBe('/flow/automaticDecision/when/method');
  let deep: unknown = true;
  for (let i = 0; i < 40; i++) deep = { '!': [deep] };
  expect(withCode(validateSpec(withRule(deep)).diagnostics, 'semantic/condition-too-deep')).toHaveLength(1);
});
