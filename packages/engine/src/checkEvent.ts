import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { type EngineError, engineError } from './errors.js';
import { AFTER_DECISION_STATES, flowModel } from './flowModel.js';
import { formField } from './formFields.js';
import { isBadRating } from './isBadRating.js';
import { materialName } from './materialName.js';
import { roleMaySend } from './roles.js';
import { SUSPENSION_KINDS } from './suspensionKinds.js';
import { text } from './text.js';
import type { CaseContext, CaseEvent, CaseEventType, FormErrorLike, ToleratedMaterial } from './types.js';

/**
 * Results of the checks that need outside data (validator, required materials, calendar), computed by
 * `applyEvent` and carried on the event into the machine. Without facts those checks are skipped
 * (as when `xstate/graph` explores the machine).
 */
export interface EventFacts {
  formErrors?: FormErrorLike[];
  /** Ids of the materials required for the event's (merged) form data. */
  required?: string[];
  /** ACCEPT: tolerated materials with their deadlines. */
  tolerated?: ToleratedMaterial[];
  /** EVALUATE with a bad score: the follow-up deadline (null: not in the calendar's years) and its length. */
  followUpDue?: string | null;
  followUpDays?: number;
}

/** An event on its way into the machine. */
export type MachineEvent = CaseEvent & { facts?: EventFacts };

const SUSPENSION_KIND_SET = new Set<string>(SUSPENSION_KINDS);
const STAGE_EVENTS = new Set<CaseEventType>([
  'COMPLETE_STAGE',
  'RETURN',
  'ESCALATE',
  'DECIDE',
  'SUSPEND',
  'RESUME',
]);
const BLOCKED_WHILE_SUSPENDED = new Set<CaseEventType>([
  'COMPLETE_STAGE',
  'RETURN',
  'ESCALATE',
  'DECIDE',
  'SUSPEND',
]);

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function materialNames(spec: ServiceItemSpec, ids: readonly string[]): string {
  return ids.map((id) => materialName(spec, id)).join('、');
}

/**
 * Whether an event may be applied to a case in `state` with `context`: the single place where the flow's
 * rules live. Used by the machine's guard, by `applyEvent` (for the refusal's reason) and, with
 * `preconditionsOnly`, by `allowedEvents` (state, roles and context, not the event's data).
 *
 * @returns null when allowed, else the reason.
 * @example
 * checkEvent(spec, 'draft', context, { type: 'ACCEPT', actor: { id: 'w1', role: 'window' }, at })?.code
 * // 'state/not-allowed'
 */
export function checkEvent(
  spec: ServiceItemSpec,
  state: string,
  context: CaseContext,
  event: MachineEvent,
  preconditionsOnly = false,
): EngineError | null {
  const model = flowModel(spec);
  const flowState = model.states[state];
  if (!flowState) return engineError('case/invalid', { detail: `state ${state}` });
  const { type, actor } = event;
  if (!flowState.on[type]) {
    if (type === 'REQUEST_CORRECTION' && state === 'correcting') return engineError('correction/pending');
    if (type === 'WITHDRAW' && AFTER_DECISION_STATES.includes(state))
      return engineError('withdraw/after-decision');
    if (flowState.end) return engineError('state/concluded', { state, type });
    return engineError('state/not-allowed', { state, type });
  }
  if (!roleMaySend(actor.role, type)) return engineError('role/not-allowed', { role: actor.role, type });
  if (actor.role === 'agent' && spec.channels?.proxy !== true) return engineError('role/proxy-not-offered');
  const step = flowState.step;
  if (step && STAGE_EVENTS.has(type) && actor.role !== step.role) {
    return engineError('role/stage', { stage: text(step.name), expected: step.role, role: actor.role, type });
  }
  if (actor.role === 'applicant' && context.applicantId !== null && actor.id !== context.applicantId) {
    return engineError('role/not-the-applicant', { applicant: context.applicantId, type });
  }
  if (context.suspension && BLOCKED_WHILE_SUSPENDED.has(type)) {
    return engineError('state/suspended', { kind: context.suspension.kind });
  }
  if (type === 'RESUME' && !context.suspension) return engineError('state/not-suspended');
  if (type === 'EVALUATE' && context.evaluation) return engineError('evaluation/done');
  if (
    type === 'CLOSE_FOLLOW_UP' &&
    !(context.evaluation?.followUp && !context.evaluation.followUp.closedAt)
  ) {
    return engineError('follow-up/none');
  }
  if ((type === 'SUPPLY' || type === 'TERMINATE') && context.tolerated.length === 0) {
    return engineError(type === 'SUPPLY' ? 'materials/not-owed' : 'materials/tolerance-not-due', { ids: '' });
  }
  if (preconditionsOnly) return null;
  return checkPayload(spec, context, event);
}

function checkMaterials(
  spec: ServiceItemSpec,
  materials: unknown,
  commitments: unknown,
  facts: EventFacts | undefined,
): EngineError | null {
  if (!isStringArray(materials)) return engineError('event/invalid', { detail: 'materials' });
  if (commitments !== undefined && !isStringArray(commitments)) {
    return engineError('event/invalid', { detail: 'commitments' });
  }
  const known = new Set(spec.materials.map((m) => m.id));
  const unknown = [...materials, ...(commitments ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0)
    return engineError('materials/unknown', { ids: unknown.join('、') }, { ids: unknown });
  const notCommitment = (commitments ?? []).filter(
    (id) => spec.materials.find((m) => m.id === id)?.commitment !== true,
  );
  if (notCommitment.length > 0) {
    return engineError(
      'materials/commitment-not-allowed',
      { names: materialNames(spec, notCommitment) },
      { ids: notCommitment },
    );
  }
  if (facts?.formErrors && facts.formErrors.length > 0) {
    return engineError('form/invalid', { count: facts.formErrors.length }, { errors: facts.formErrors });
  }
  if (facts?.required) {
    const have = new Set([...materials, ...(commitments ?? [])]);
    const missing = facts.required.filter(
      (id) => !have.has(id) && spec.materials.find((m) => m.id === id)?.tolerable !== true,
    );
    if (missing.length > 0) {
      return engineError('materials/missing', { names: materialNames(spec, missing) }, { ids: missing });
    }
  }
  return null;
}

function checkPayload(spec: ServiceItemSpec, context: CaseContext, event: MachineEvent): EngineError | null {
  switch (event.type) {
    case 'SUBMIT':
      if (event.actor.role === 'agent' && blank(event.onBehalfOf))
        return engineError('role/on-behalf-of-required');
      return checkMaterials(spec, event.materials, event.commitments, event.facts);
    case 'RESUBMIT':
      return checkMaterials(
        spec,
        event.materials ?? context.materials,
        event.commitments ?? context.commitments,
        event.facts,
      );
    case 'REQUEST_CORRECTION': {
      if (!Array.isArray(event.items) || event.items.length === 0) return engineError('correction/empty');
      const seen = new Set<string>();
      for (const item of event.items as unknown[]) {
        if (typeof item !== 'object' || item === null)
          return engineError('event/invalid', { detail: 'items' });
        const target =
          'materialId' in item && typeof item.materialId === 'string'
            ? `material:${item.materialId}`
            : 'field' in item && typeof item.field === 'string'
              ? `field:${item.field}`
              : undefined;
        if (!target) return engineError('event/invalid', { detail: 'items[].materialId | items[].field' });
        const name = target.slice(target.indexOf(':') + 1);
        const exists = target.startsWith('material:')
          ? spec.materials.some((m) => m.id === name)
          : formField(spec, name) !== undefined;
        if (!exists) return engineError('correction/unknown-target', { target: name });
        if (seen.has(target)) return engineError('correction/duplicate', { target: name });
        seen.add(target);
        if (!('reason' in item) || blank(item.reason)) {
          return engineError('reason/required', { type: `REQUEST_CORRECTION（${name}）` });
        }
      }
      return null;
    }
    case 'REJECT':
    case 'RETURN':
    case 'TERMINATE':
      if (blank(event.reason)) return engineError('reason/required', { type: event.type });
      if (event.type === 'TERMINATE') {
        const today = calendarDateOf(event.at);
        if (!context.tolerated.some((t) => t.due !== null && t.due < today)) {
          return engineError('materials/tolerance-not-due');
        }
      }
      return null;
    case 'SUSPEND':
      if (!SUSPENSION_KIND_SET.has(event.kind))
        return engineError('suspension/kind', { kind: String(event.kind) });
      if (blank(event.reason)) return engineError('reason/required', { type: 'SUSPEND' });
      return null;
    case 'DECIDE':
      if (typeof event.approved !== 'boolean') return engineError('event/invalid', { detail: 'approved' });
      if (!event.approved && blank(event.reason))
        return engineError('reason/required', { type: 'DECIDE（不予许可）' });
      if (event.approved && context.tolerated.length > 0) {
        const ids = context.tolerated.map((t) => t.materialId);
        return engineError('materials/tolerated-outstanding', { names: materialNames(spec, ids) }, { ids });
      }
      return null;
    case 'DELIVER': {
      const offered = new Set(spec.outputs.flatMap((o) => o.delivery));
      if (typeof event.method !== 'string' || !offered.has(event.method)) {
        return engineError('deliver/method', { method: String(event.method) });
      }
      return null;
    }
    case 'EVALUATE':
      if (!Number.isInteger(event.score) || event.score < 1 || event.score > 5) {
        return engineError('evaluation/score', { score: String(event.score) });
      }
      if (isBadRating(event.score) && blank(event.comment)) return engineError('evaluation/comment-required');
      return null;
    case 'SUPPLY': {
      if (!isStringArray(event.materials) || event.materials.length === 0) {
        return engineError('event/invalid', { detail: 'materials' });
      }
      const owed = new Set(context.tolerated.map((t) => t.materialId));
      const notOwed = event.materials.filter((id) => !owed.has(id));
      if (notOwed.length > 0) return engineError('materials/not-owed', { ids: notOwed.join('、') });
      return null;
    }
    case 'NOTIFY':
      if (!['warning', 'overdue', 'followUpOverdue'].includes(event.notice) || blank(event.deadline)) {
        return engineError('event/invalid', { detail: 'notice, deadline' });
      }
      if (context.notices.includes(`${event.notice}@${event.deadline}`)) {
        return engineError('notice/duplicate', { notice: event.notice, deadline: event.deadline });
      }
      return null;
    case 'CLOSE_FOLLOW_UP':
      if (blank(event.note)) return engineError('reason/required', { type: 'CLOSE_FOLLOW_UP' });
      return null;
    default:
      return null;
  }
}
