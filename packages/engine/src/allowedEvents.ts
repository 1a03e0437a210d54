import type { ServiceItemSpec } from '@onewindow/spec';
import { checkEvent } from './checkEvent.js';
import { flowModel } from './flowModel.js';
import { EVENT_ROLES, EVENT_TYPES } from './roles.js';
import type { Actor, Case, CaseEventType, Role } from './types.js';

/** What `allowedEvents` needs: the spec, and optionally the actor (to check the applicant's identity). */
export interface AllowedEventsContext {
  spec: ServiceItemSpec;
  actor?: Actor;
}

/**
 * The events a role may send now: the buttons a UI shows. Checks state, roles (including the current
 * stage's role), proxy service, the applicant's identity (when `actor` is given) and the case's context
 * (suspended, evaluated, materials owed); not the data an event will carry (reasons, form, materials).
 *
 * @example
 * allowedEvents(caseData, 'window', { spec }) // ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']
 */
export function allowedEvents(caseData: Case, role: Role, context: AllowedEventsContext): CaseEventType[] {
  const { spec } = context;
  const state = caseData.snapshot.value;
  const flowState = flowModel(spec).states[state];
  if (!flowState) return [];
  const actor: Actor = context.actor ?? {
    id: role === 'applicant' ? (caseData.snapshot.context.applicantId ?? 'applicant') : role,
    role,
  };
  const at = caseData.events.at(-1)?.at ?? '1970-01-01T00:00:00Z';
  return EVENT_TYPES.filter(
    (type) =>
      flowState.on[type] !== undefined &&
      EVENT_ROLES[type].includes(role) &&
      checkEvent(spec, state, caseData.snapshot.context, { type, actor, at } as never, true) === null,
  );
}
