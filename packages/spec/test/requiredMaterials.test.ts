import { expect, test } from 'vitest';
import { requiredMaterials, SpecError } from '../src/index.js';
import { validSpec } from './helpers.js';

const ids = (formData: unknown) => requiredMaterials(validSpec(), formData).map((material) => material.id);
const always = ['application', 'idCard', 'householdRegister', 'incomeProof'];

test('always-required materials, plus conditional ones whose condition holds', () => {
  expect(ids({ applicant: { byAgent: false }, household: { disabledMembers: 0 } })).toEqual(always);
  expect(ids({ applicant: { byAgent: true }, household: { disabledMembers: 0 } })).toEqual([
    ...always,
    'powerOfAttorney',
  ]);
  expect(ids({ applicant: { byAgent: true }, household: { disabledMembers: 2 } })).toEqual([
    ...always,
    'powerOfAttorney',
    'disabilityCertificate',
  ]);
  expect(ids(undefined)).toEqual(always);
});

test('required: false is never required', () => {
  const spec = validSpec();
  const first = spec.materials[0];
  if (first) first.required = false;
  expect(requiredMaterials(spec, {}).map((m) => m.id)).not.toContain('application');
});

test('a forbidden operation in a condition throws a SpecError', () => {
  const spec = validSpec();
  const last = spec.materials[5];
  if (last) last.required = { when: { method: [{ var: 'applicant.name' }, 'toString'] } };
  expect(() => requiredMaterials(spec, {})).toThrow(SpecError);
});
