import type { ServiceItemSpec } from '@onewindow/spec';
import { checkEvent } from './checkEvent.js';
import type { Migration } from './engineContext.js';
import { EngineFailure } from './errors.js';
import { flowModel } from './flowModel.js';
import { loadCase } from './loadCase.js';
import { EVENT_ROLES, EVENT_TYPES } from './roles.js';
import type { Actor, Case, CaseEventType, Role } from './types.js';

/** What `allowedEvents` needs: the spec, optionally the actor (to check identities) and migrations. */
export interface AllowedEventsContext {
  spec: ServiceItemSpec;
  actor?: Actor;
  /** Registered revision migrations, as for `applyEvent`: a case on an older revision is migrated first. */
  migrations?: readonly Migration[];
}

/**
 * The events a role may send now: the buttons a UI shows. Checks state, roles (including the current
 * stage's role), proxy service, the applicant's identity (when `actor` is given) and the case's context
 * (suspended, evaluated, materials owed); not the data an event will carry (reasons, form, materials).
 * The case is loaded as `applyEvent` loads it (`loadCase`): a case that disagrees with its log, or a spec
 * that is not the case's (another id, another revision without a migration, edited content), throws an
 * `EngineFailure` with that error rather than showing buttons that `applyEvent` would refuse.
 *
 * @example
 * allowedEvents(caseData, 'window', { spec }) // ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']
 */
export function allowedEvents(caseData: Case, role: Role, context: AllowedEventsContext): CaseEventType[] {
  const { spec } = context;
  const loaded = loadCase(caseData, spec, { migrations: context.migrations });
  if (!loaded.ok) throw new EngineFailure(loaded.error);
  const current = loaded.case;
  const state = current.snapshot.value;
  const flowState = flowModel(spec).states[state]!; // an own state: loadCase checked it
  const actor: Actor = context.actor ?? {
    id: role === 'applicant' ? (current.snapshot.context.applicantId ?? 'applicant') : role,
    role,
  };
  const at = current.events[current.events.length - 1]!.at;
  return EVENT_TYPES.filter(
    (type) =>
      flowState.on[type] !== undefined &&
      EVENT_ROLES[type].includes(role) &&
      checkEvent(spec, state, current.snapshot.context, { type, actor, at } as never, true) === null,
  );
}
