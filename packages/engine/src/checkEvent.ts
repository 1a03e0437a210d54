import type { ServiceItemSpec } from '@onewindow/spec';
import { type EngineError, engineError } from './errors.js';
import { eventDefinition } from './eventDefinitions.js';
import { AFTER_DECISION_STATES, flowModel } from './flowModel.js';
import { roleMaySend } from './roles.js';
import { text } from './text.js';
import type { CaseContext, CaseEvent, FormErrorLike, ToleratedMaterial } from './types.js';

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
  /** CLOSE_FOLLOW_UP: the last day for the 回访 (null: not in the calendar's years). */
  revisitDue?: string | null;
  /** ACCEPT or DECIDE by the system (秒批): the item's rule over the form data, and whether materials are complete. */
  automatic?: { result: boolean; materialsComplete: boolean };
  /** ACCEPT with 容缺: the host's credit check refused, with its reason. */
  creditRefusal?: string;
  /** EXTEND: the deadline before the extension (null: not in the calendar's years). */
  deadline?: string;
  /** DEEM_ACCEPT: the last day of the 受理 limit (null: not in the calendar's years). */
  acceptanceDue?: string | null;
  /** LAPSE: the last day of the correction period (null: not in the calendar's years). */
  correctionDue?: string | null;
}

/** An event on its way into the machine. */
export type MachineEvent = CaseEvent & { facts?: EventFacts };

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
  const definition = eventDefinition(type);
  if (!definition) return engineError('event/unknown-type', { type });
  const step = flowState.step;
  // 秒批: the system stands in for the step's person where the item declares an automatic decision.
  const automatic = actor.role === 'system' && spec.flow?.automaticDecision !== undefined;
  if (step && definition.stageEvent && actor.role !== step.role && !automatic) {
    return engineError('role/stage', { stage: text(step.name), expected: step.role, role: actor.role, type });
  }
  const identity = checkIdentity(spec, context, event);
  if (identity) return identity;
  if (context.suspension && definition.blockedWhileSuspended) {
    return engineError('state/suspended', { kind: context.suspension.kind });
  }
  const unmet = definition.precondition?.({ spec, state, context, event });
  if (unmet) return unmet;
  if (preconditionsOnly) return null;
  return definition.check?.(spec, context, event, state) ?? null;
}

const STAFF_ROLES = new Set<string>(['window', 'reviewer', 'approver', 'superior']);

/**
 * Whether 受审分离 applies to the item: `flow.separateAcceptance`, by default on for promised and escalated
 * items (an instant item is accepted and decided by the same window clerk, 即办件当场办结).
 *
 * @example
 * separatesAcceptance(dibaoSpec) // true
 */
export function separatesAcceptance(spec: ServiceItemSpec): boolean {
  return spec.flow?.separateAcceptance ?? spec.mode !== 'instant';
}

/**
 * The identity rules within a case (the host authenticates actors; the engine checks who they are on this
 * case): only the case's own applicant acts as applicant, only the agent who submitted for them acts as
 * agent (帮办代办); the applicant or agent of a case never acts on it as staff; and under 受审分离 the clerk
 * who accepted does not decide (前台综合受理、后台分类审批, seed 000/001/004).
 */
function checkIdentity(spec: ServiceItemSpec, context: CaseContext, event: MachineEvent): EngineError | null {
  const { actor, type } = event;
  if (actor.role === 'applicant' && context.applicantId !== null && actor.id !== context.applicantId) {
    return engineError('role/not-the-applicant', { applicant: context.applicantId, type });
  }
  // `agentId` is absent in cases from before 0.2: no record to check against.
  if (actor.role === 'agent' && context.applicantId !== null && context.agentId !== undefined) {
    if (context.agentId === null || actor.id !== context.agentId) {
      return engineError('role/not-the-agent', { agent: context.agentId ?? '—', type });
    }
  }
  if (STAFF_ROLES.has(actor.role) && (actor.id === context.applicantId || actor.id === context.agentId)) {
    return engineError('role/party-as-staff', { id: actor.id, type });
  }
  if (
    type === 'DECIDE' &&
    separatesAcceptance(spec) &&
    context.acceptedBy &&
    actor.id === context.acceptedBy
  ) {
    return engineError('role/separation', { id: actor.id });
  }
  return null;
}
