import { engineError } from '../errors.js';
import type { SubmitEvent } from '../types.js';
import { checkMaterials } from './checkMaterials.js';
import { blank, type EventDefinition, unique } from './EventDefinition.js';
import { formFacts } from './formFacts.js';

/** 提交: the applicant (or an agent for them, 帮办代办) hands in the form and the materials. */
export const submit: EventDefinition<SubmitEvent> = {
  roles: ['applicant', 'agent'],
  label: { 'zh-CN': '提交', en: 'Submit' },
  check(spec, _context, event) {
    if (event.actor.role === 'agent' && blank(event.onBehalfOf))
      return engineError('role/on-behalf-of-required');
    return checkMaterials(spec, event.materials, event.commitments, event.facts);
  },
  facts: (engine, _case, event) => formFacts(engine, event.formData),
  reduce: (context, event) => ({
    ...context,
    formData: event.formData ?? null,
    materials: unique(event.materials),
    commitments: unique(event.commitments ?? []),
    applicantId: event.actor.role === 'agent' ? (event.onBehalfOf ?? event.actor.id) : event.actor.id,
    ...(event.actor.role === 'agent' ? { agentId: event.actor.id } : {}),
    receipt: { at: event.at, channel: event.channel ?? 'window' },
  }),
};
