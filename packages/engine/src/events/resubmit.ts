import type { ResubmitEvent } from '../types.js';
import { checkMaterials } from './checkMaterials.js';
import { type EventDefinition, unique } from './EventDefinition.js';
import { formFacts } from './formFacts.js';

/** 补正后重新提交: omitted fields keep their earlier values. */
export const resubmit: EventDefinition<ResubmitEvent> = {
  roles: ['applicant', 'agent'],
  label: { 'zh-CN': '补正后提交', en: 'Resubmit' },
  check: (spec, context, event) =>
    checkMaterials(
      spec,
      event.materials ?? context.materials,
      event.commitments ?? context.commitments,
      event.facts,
    ),
  facts: (engine, caseData, event) =>
    formFacts(engine, event.formData === undefined ? caseData.snapshot.context.formData : event.formData),
  reduce: (context, event) => ({
    ...context,
    formData: event.formData === undefined ? context.formData : event.formData,
    materials: event.materials ? unique(event.materials) : context.materials,
    commitments: event.commitments ? unique(event.commitments) : context.commitments,
    correction: null,
    receipt: { at: event.at, channel: context.receipt?.channel ?? 'window' },
  }),
};
