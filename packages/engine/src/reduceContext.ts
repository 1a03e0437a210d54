import type { MachineEvent } from './checkEvent.js';
import { eventDefinition } from './eventDefinitions.js';
import type { CaseContext } from './types.js';

/**
 * The context of a new case.
 *
 * @example
 * initialContext().tolerated // []
 */
export function initialContext(): CaseContext {
  return {
    formData: null,
    materials: [],
    commitments: [],
    applicantId: null,
    agentId: null,
    acceptedBy: null,
    receipt: null,
    correction: null,
    corrections: 0,
    tolerated: [],
    toleranceCommitment: null,
    suspension: null,
    extensions: [],
    decision: null,
    certificateNo: null,
    delivery: null,
    evaluation: null,
    notices: [],
  };
}

/**
 * The context after an allowed event (pure; the machine's only action): the event definition's `reduce`.
 * Returns new objects, never mutates.
 *
 * @example
 * reduceContext(initialContext(), submitEvent).formData // the submitted form data
 */
export function reduceContext(context: CaseContext, event: MachineEvent): CaseContext {
  const reduce = eventDefinition(event.type)?.reduce;
  return reduce ? reduce(context, event) : context;
}
