import { accept } from './events/accept.js';
import { archive } from './events/archive.js';
import { closeFollowUp } from './events/closeFollowUp.js';
import { completeStage } from './events/completeStage.js';
import { decide } from './events/decide.js';
import { deemAccept } from './events/deemAccept.js';
import { deliver } from './events/deliver.js';
import type { EventDefinition, EventDefinitions } from './events/EventDefinition.js';
import { escalate } from './events/escalate.js';
import { evaluate } from './events/evaluate.js';
import { extend } from './events/extend.js';
import { issue } from './events/issue.js';
import { lapse } from './events/lapse.js';
import { notify } from './events/notify.js';
import { reject } from './events/reject.js';
import { requestCorrection } from './events/requestCorrection.js';
import { resubmit } from './events/resubmit.js';
import { resume } from './events/resume.js';
import { returnToStage } from './events/returnToStage.js';
import { revisit } from './events/revisit.js';
import { submit } from './events/submit.js';
import { supply } from './events/supply.js';
import { suspend } from './events/suspend.js';
import { terminate } from './events/terminate.js';
import { withdraw } from './events/withdraw.js';
import type { CaseEvent, CaseEventType } from './types.js';

/**
 * Every event the engine understands, one definition each (`events/<name>.ts`). Typed as
 * {@link EventDefinitions}: adding an event type to `CaseEvent` without an entry here does not compile.
 * The order is the order UIs list actions in.
 */
export const EVENT_DEFINITIONS: EventDefinitions = {
  SUBMIT: submit,
  RESUBMIT: resubmit,
  ACCEPT: accept,
  DEEM_ACCEPT: deemAccept,
  REQUEST_CORRECTION: requestCorrection,
  REJECT: reject,
  LAPSE: lapse,
  COMPLETE_STAGE: completeStage,
  RETURN: returnToStage,
  SUSPEND: suspend,
  RESUME: resume,
  EXTEND: extend,
  ESCALATE: escalate,
  DECIDE: decide,
  ISSUE: issue,
  DELIVER: deliver,
  EVALUATE: evaluate,
  WITHDRAW: withdraw,
  ARCHIVE: archive,
  SUPPLY: supply,
  TERMINATE: terminate,
  NOTIFY: notify,
  CLOSE_FOLLOW_UP: closeFollowUp,
  REVISIT: revisit,
};

/**
 * The definition of an event type, typed for any event (the table's entries are typed per event; a caller
 * holding a `CaseEvent` of unknown type gets the common shape). Undefined for unknown types.
 *
 * @example
 * eventDefinition('ACCEPT')?.roles // ['window']
 */
export function eventDefinition(type: string): EventDefinition<CaseEvent> | undefined {
  return Object.hasOwn(EVENT_DEFINITIONS, type)
    ? (EVENT_DEFINITIONS[type as CaseEventType] as EventDefinition<CaseEvent>)
    : undefined;
}
