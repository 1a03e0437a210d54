import type { ServiceItemSpec } from '@onewindow/spec';
import { applyEvent } from './applyEvent.js';
import type { EngineContext } from './engineContext.js';
import type { EngineError } from './errors.js';
import { openCase } from './openCase.js';
import type { AuditEntry, Case, CaseEvent, OpenRecord } from './types.js';

/** A replay: every intermediate case (`steps[0]` is the opened case), or where and why it stopped. */
export type ReplayResult =
  | { ok: true; case: Case; steps: Case[] }
  | { ok: false; index: number; error: EngineError; steps: Case[] };

/** An event as the audit log holds it, without the log's own fields. */
function eventOf(entry: AuditEntry | CaseEvent): CaseEvent {
  const { seq: _seq, state: _state, ...event } = entry as AuditEntry;
  return event as CaseEvent;
}

/**
 * Rebuilds a case from its audit log, step by step, with the same rules as `applyEvent`. The log starts
 * with the `OPEN` record written by `openCase` (or give `open` for a log of events only). Replaying
 * `case.events` gives a case deep-equal to the original (with the same calendar and validator).
 *
 * @example
 * const again = replay(spec, caseData.events);
 * again.ok && again.case.snapshot.value === caseData.snapshot.value // true
 */
export function replay(
  spec: ServiceItemSpec,
  events: readonly (AuditEntry | CaseEvent)[],
  options: Omit<EngineContext, 'spec'> = {},
  open?: Omit<OpenRecord, 'type'>,
): ReplayResult {
  const context: EngineContext = { ...options, spec };
  const first = events[0] as AuditEntry | undefined;
  const opening =
    first?.type === 'OPEN' ? (first as OpenRecord) : open ? { type: 'OPEN' as const, ...open } : undefined;
  if (!opening) throw new TypeError('replay: the log must start with an OPEN record, or pass `open`');
  let current = openCase(context.spec, {
    id: opening.caseId,
    at: opening.at,
    actor: opening.actor,
    ...(opening.note ? { note: opening.note } : {}),
  });
  const steps: Case[] = [current];
  const rest = first?.type === 'OPEN' ? events.slice(1) : events;
  for (const [i, entry] of rest.entries()) {
    const result = applyEvent(current, eventOf(entry), context);
    if (!result.ok)
      return { ok: false, index: i + (first?.type === 'OPEN' ? 1 : 0), error: result.error, steps };
    current = result.case;
    steps.push(current);
  }
  return { ok: true, case: current, steps };
}
