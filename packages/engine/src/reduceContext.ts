import type { MachineEvent } from './checkEvent.js';
import { isBadRating } from './isBadRating.js';
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
    correction: null,
    corrections: 0,
    tolerated: [],
    suspension: null,
    decision: null,
    certificateNo: null,
    delivery: null,
    evaluation: null,
    notices: [],
  };
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The context after an allowed event (pure; the machine's only action). Returns new objects, never mutates.
 *
 * @example
 * reduceContext(initialContext(), submitEvent).formData // the submitted form data
 */
export function reduceContext(context: CaseContext, event: MachineEvent): CaseContext {
  switch (event.type) {
    case 'SUBMIT':
      return {
        ...context,
        formData: event.formData ?? null,
        materials: unique(event.materials),
        commitments: unique(event.commitments ?? []),
        applicantId: event.actor.role === 'agent' ? (event.onBehalfOf ?? event.actor.id) : event.actor.id,
      };
    case 'RESUBMIT':
      return {
        ...context,
        formData: event.formData === undefined ? context.formData : event.formData,
        materials: event.materials ? unique(event.materials) : context.materials,
        commitments: event.commitments ? unique(event.commitments) : context.commitments,
        correction: null,
      };
    case 'REQUEST_CORRECTION':
      return {
        ...context,
        correction: { items: event.items.map((i) => ({ ...i })), at: event.at },
        corrections: context.corrections + 1,
      };
    case 'ACCEPT':
      return { ...context, tolerated: event.facts?.tolerated ?? [] };
    case 'SUSPEND':
      return { ...context, suspension: { kind: event.kind, reason: event.reason, at: event.at } };
    case 'RESUME':
      return { ...context, suspension: null };
    case 'DECIDE':
      return {
        ...context,
        decision: {
          approved: event.approved,
          at: event.at,
          ...(event.reason ? { reason: event.reason } : {}),
        },
      };
    case 'ISSUE':
      return { ...context, certificateNo: event.certificateNo ?? null };
    case 'DELIVER':
      return { ...context, delivery: event.method };
    case 'EVALUATE':
      return {
        ...context,
        evaluation: {
          score: event.score,
          at: event.at,
          ...(event.comment ? { comment: event.comment } : {}),
          followUp: isBadRating(event.score)
            ? {
                due: event.facts?.followUpDue ?? null,
                closedAt: null,
                ...(event.facts?.followUpDays !== undefined ? { days: event.facts.followUpDays } : {}),
              }
            : null,
        },
      };
    case 'CLOSE_FOLLOW_UP':
      return context.evaluation?.followUp
        ? {
            ...context,
            evaluation: {
              ...context.evaluation,
              followUp: { ...context.evaluation.followUp, closedAt: event.at },
            },
          }
        : context;
    case 'SUPPLY': {
      const supplied = new Set(event.materials);
      return {
        ...context,
        materials: unique([...context.materials, ...event.materials]),
        tolerated: context.tolerated.filter((t) => !supplied.has(t.materialId)),
      };
    }
    case 'NOTIFY':
      return { ...context, notices: [...context.notices, `${event.notice}@${event.deadline}`] };
    default:
      return context;
  }
}
