import { engineError } from '../errors.js';
import type { SupplyEvent } from '../types.js';
import { type EventDefinition, isStringArray, unique } from './EventDefinition.js';

/** 补交容缺材料: a material tolerated at acceptance is handed in. */
export const supply: EventDefinition<SupplyEvent> = {
  roles: ['applicant', 'agent', 'window'],
  label: { 'zh-CN': '补交容缺材料', en: 'Supply tolerated material' },
  precondition: ({ context }) =>
    context.tolerated.length === 0 ? engineError('materials/not-owed', { ids: '' }) : null,
  check(_spec, context, event) {
    if (!isStringArray(event.materials) || event.materials.length === 0) {
      return engineError('event/invalid', { detail: 'materials' });
    }
    const owed = new Set(context.tolerated.map((t) => t.materialId));
    const notOwed = event.materials.filter((id) => !owed.has(id));
    if (notOwed.length > 0) return engineError('materials/not-owed', { ids: notOwed.join('、') });
    return null;
  },
  reduce(context, event) {
    const supplied = new Set(event.materials);
    return {
      ...context,
      materials: unique([...context.materials, ...event.materials]),
      tolerated: context.tolerated.filter((t) => !supplied.has(t.materialId)),
    };
  },
};
