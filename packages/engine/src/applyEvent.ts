import { requiredMaterials } from '@onewindow/spec';
import { pathToStateValue, transition } from 'xstate';
import { calendarDateOf } from './calendarDate.js';
import { stateIdOf } from './caseState.js';
import { checkEvent, type EventFacts, type MachineEvent } from './checkEvent.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { type CaseMachine, createCaseMachine } from './createCaseMachine.js';
import { toleranceDays, unlessNoCalendarData } from './dueDates.js';
import type { EngineContext } from './engineContext.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import { isBadRating } from './isBadRating.js';
import { loadCase } from './loadCase.js';
import { EVENT_ROLES, ROLES } from './roles.js';
import type { AuditEntry, Case, CaseContext, CaseEvent } from './types.js';

/** The result of applying an event: the new case, or the reason it was refused (the case is unchanged). */
export type ApplyResult = { ok: true; case: Case } | { ok: false; error: EngineError };

/**
 * The xstate snapshot behind a case's context object, so the next event on that case skips
 * `resolveState`. Keyed by the (immutable) context object; checked against machine and state.
 */
const resolved = new WeakMap<
  CaseContext,
  { machine: CaseMachine; state: string; snapshot: MachineSnapshotOf }
>();
type MachineSnapshotOf = ReturnType<CaseMachine['resolveState']>;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks the envelope every event shares: a known type, an actor with an id and a role, an ISO time with
 * an offset. Returns null when fine.
 *
 * @example
 * checkEnvelope({ type: 'ACCEPT', actor: { id: 'w1', role: 'window' }, at: '2026-03-02' })?.code // 'event/invalid'
 */
export function checkEnvelope(event: unknown): EngineError | null {
  if (typeof event !== 'object' || event === null)
    return engineError('event/invalid', { detail: 'not an object' });
  const e = event as Record<string, unknown>;
  if (typeof e.type !== 'string') return engineError('event/invalid', { detail: 'type' });
  if (!Object.hasOwn(EVENT_ROLES, e.type)) return engineError('event/unknown-type', { type: e.type });
  const actor = e.actor as Record<string, unknown> | undefined;
  if (typeof actor !== 'object' || actor === null || typeof actor.id !== 'string' || actor.id === '') {
    return engineError('event/invalid', { detail: 'actor.id' });
  }
  if (!ROLES.includes(actor.role as never)) return engineError('event/invalid', { detail: 'actor.role' });
  if (typeof e.at !== 'string' || !ISO_TIME.test(e.at) || Number.isNaN(Date.parse(e.at))) {
    return engineError('event/invalid', { detail: 'at (ISO 8601 time with offset)' });
  }
  return null;
}

function computeFacts(
  context: EngineContext,
  caseContext: CaseContext,
  event: CaseEvent,
): EventFacts | undefined {
  const { spec } = context;
  const required = context.requiredMaterials ?? requiredMaterials;
  const calendar = () => context.calendar ?? defaultCalendar();
  switch (event.type) {
    case 'SUBMIT':
    case 'RESUBMIT': {
      const formData = event.formData === undefined ? caseContext.formData : event.formData;
      return {
        ...(context.validateForm ? { formErrors: context.validateForm(formData) } : {}),
        required: required(spec, formData).map((m) => m.id),
      };
    }
    case 'ACCEPT': {
      const have = new Set([...caseContext.materials, ...caseContext.commitments]);
      const owed = required(spec, caseContext.formData).filter(
        (m) => m.tolerable === true && !have.has(m.id),
      );
      if (owed.length === 0) return { tolerated: [] };
      const accepted = calendarDateOf(event.at);
      return {
        tolerated: owed.map((m) => ({
          materialId: m.id,
          due: unlessNoCalendarData(() => calendar().addWorkingDays(accepted, toleranceDays(spec, m.id))),
        })),
      };
    }
    case 'EVALUATE': {
      if (typeof event.score !== 'number' || !isBadRating(event.score)) return undefined;
      const days = context.evaluationFollowUpDays ?? 15;
      return {
        followUpDue: unlessNoCalendarData(() => calendar().addWorkingDays(calendarDateOf(event.at), days)),
        followUpDays: days,
      };
    }
    default:
      return undefined;
  }
}

/**
 * Applies one event to a case with xstate's pure `transition()`. A refused event changes nothing and
 * returns the reason (stable `code`, zh-CN `message`, `messageEn`). An accepted event is appended to the
 * audit log with its sequence number and the state it led to. Never reads the wall clock: the event's `at`
 * is its time, and it may not be earlier than the last logged event.
 *
 * @example
 * const result = applyEvent(caseData, {
 *   type: 'ACCEPT', actor: { id: 'w-01', role: 'window' }, at: '2026-03-02T10:00:00+08:00',
 * }, { spec });
 * if (result.ok) save(result.case); else show(result.error.message);
 */
export function applyEvent(caseData: Case, event: CaseEvent, context: EngineContext): ApplyResult {
  const envelope = checkEnvelope(event);
  if (envelope) return { ok: false, error: envelope };
  const loaded = loadCase(caseData, context.spec, context.migrations);
  if (!loaded.ok) return loaded;
  const current = loaded.case;
  const last = current.events.at(-1);
  if (last && Date.parse(event.at) < Date.parse(last.at)) {
    return { ok: false, error: engineError('event/time-order', { at: event.at, last: last.at }) };
  }
  const { spec } = context;
  const state = current.snapshot.value;
  const caseContext = current.snapshot.context;
  try {
    const early = checkEvent(spec, state, caseContext, event, true);
    if (early) return { ok: false, error: early };
    // A JSON copy: the case never shares objects with the caller's event, and stays plain JSON.
    const { facts: _ignored, ...clean } = JSON.parse(JSON.stringify(event)) as MachineEvent;
    const facts = computeFacts(context, caseContext, clean as CaseEvent);
    const internal = (facts ? { ...clean, facts } : clean) as MachineEvent;
    const refusal = checkEvent(spec, state, caseContext, internal);
    if (refusal) return { ok: false, error: refusal };
    const machine = createCaseMachine(spec);
    const snapshot = machine.resolveState({
      value: pathToStateValue(state.split('.')),
      context: caseContext,
    });
    const [next] = transition(machine, snapshot, internal);
    if (next === snapshot)
      return { ok: false, error: engineError('state/not-allowed', { state, type: event.type }) };
    const nextState = stateIdOf(next.value);
    resolved.set(next.context, { machine, state: nextState, snapshot: next });
    const entry = {
      ...clean,
      seq: current.events.length,
      state: nextState,
    } as AuditEntry;
    return {
      ok: true,
      case: {
        ...current,
        snapshot: { value: nextState, context: next.context },
        events: [...current.events, entry],
      },
    };
  } catch (error) {
    if (error instanceof EngineFailure) return { ok: false, error: error.error };
    throw error;
  }
}
