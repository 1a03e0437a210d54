import { pathToStateValue } from 'xstate';
import { stateIdOf } from './caseState.js';
import { checkEvent, type MachineEvent } from './checkEvent.js';
import { createCaseMachine, machineScope } from './createCaseMachine.js';
import type { EngineContext } from './engineContext.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import { eventDefinition } from './eventDefinitions.js';
import { isIsoTime } from './isIsoTime.js';
import { loadCase } from './loadCase.js';
import { EVENT_ROLES, ROLES } from './roles.js';
import type { AuditEntry, Case, CaseEvent } from './types.js';

/** The result of applying an event: the new case, or the reason it was refused (the case is unchanged). */
export type ApplyResult = { ok: true; case: Case } | { ok: false; error: EngineError };

/**
 * Checks the envelope every event shares: a known type, an actor with an id and a role, an ISO time with
 * an offset that exists (`2026-02-30` does not). Returns null when fine.
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
  if (!isIsoTime(e.at)) {
    return engineError('event/invalid', { detail: 'at (ISO 8601 time with offset)' });
  }
  return null;
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
  const loaded = loadCase(caseData, context.spec, { migrations: context.migrations, at: event.at });
  if (!loaded.ok) return loaded;
  return applyToLoadedCase(loaded.case, event, context);
}

/**
 * `applyEvent` after `loadCase`: the event (its envelope checked) applied to a case known to agree with
 * its log and its spec. `replay` calls it directly, because the log it replays records its migrations
 * itself. Not part of the public API.
 */
export function applyToLoadedCase(current: Case, event: CaseEvent, context: EngineContext): ApplyResult {
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
    const facts = eventDefinition(clean.type)?.facts?.(context, current, clean as CaseEvent);
    const internal = (facts ? { ...clean, facts } : clean) as MachineEvent;
    const refusal = checkEvent(spec, state, caseContext, internal);
    if (refusal) return { ok: false, error: refusal };
    const machine = createCaseMachine(spec);
    const snapshot = machine.resolveState({
      value: pathToStateValue(state.split('.')),
      context: caseContext,
    });
    // xstate's pure transition with a reused inert scope (`transition()` would build one per event).
    const next = machine.transition(snapshot, internal, machineScope(machine));
    if (next === snapshot)
      return { ok: false, error: engineError('state/not-allowed', { state, type: event.type }) };
    const nextState = stateIdOf(next.value);
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
