import type { ServiceItemSpec } from '@onewindow/spec';
import { initialTransition } from 'xstate';
import { stateIdOf } from './caseState.js';
import { createCaseMachine } from './createCaseMachine.js';
import type { Actor, Case } from './types.js';

/** Who opens a case, when, and its id. */
export interface OpenCaseOptions {
  id: string;
  at: string;
  actor: Actor;
  note?: string;
}

/**
 * Opens a new case (办件) in `draft` on the spec's current revision. The audit log starts with an `OPEN` record,
 * so `replay(spec, case.events)` rebuilds the same case.
 *
 * @example
 * const c = openCase(spec, { id: 'C-2026-0001', at: '2026-03-02T09:00:00+08:00', actor: { id: 'u1', role: 'applicant' } });
 * c.snapshot.value // 'draft'
 */
export function openCase(spec: ServiceItemSpec, options: OpenCaseOptions): Case {
  const [snapshot] = initialTransition(createCaseMachine(spec));
  const state = stateIdOf(snapshot.value);
  return {
    id: options.id,
    specId: spec.id,
    specRevision: spec.revision,
    snapshot: { value: state, context: snapshot.context },
    events: [
      {
        type: 'OPEN',
        caseId: options.id,
        actor: { ...options.actor },
        at: options.at,
        ...(options.note ? { note: options.note } : {}),
        seq: 0,
        state,
      },
    ],
  };
}
