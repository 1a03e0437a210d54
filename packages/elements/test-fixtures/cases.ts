import { applyEvent, type Case, type CaseEvent, openCase } from '@onewindow/engine';
import type { ServiceItemSpec } from '@onewindow/spec';

export const applicant = { id: 'u-zhang', role: 'applicant' as const };

/** The 低保 application of 张秀英: a disabled member, so the disability certificate is needed (容缺). */
export const dibaoFormData = {
  applicant: { name: '张秀英', idNumber: '11010519491231002X', phone: '13812345678' },
  household: { members: 3, monthlyIncome: 800, hasDisabledMember: true },
  reason: '丈夫因病去世，家庭收入不足',
};

type EventInput = Omit<CaseEvent, 'actor' | 'at'> & { actor?: CaseEvent['actor']; at: string };

/**
 * A case built by applying events with the real engine; throws on a refusal so a broken
 * fixture is loud.
 *
 * @example
 * const c = caseAfter(spec, [{ type: 'SUBMIT', at: '2026-03-02T09:10:00+08:00', formData, materials: [] }]);
 */
export function caseAfter(spec: ServiceItemSpec, events: EventInput[]): Case {
  let current = openCase(spec, { id: 'C-2026-0001', at: '2026-03-02T09:00:00+08:00', actor: applicant });
  for (const input of events) {
    const event = { actor: applicant, ...input } as CaseEvent;
    const result = applyEvent(current, event, { spec });
    if (!result.ok) throw new Error(`${event.type}: ${result.error.message}`);
    current = result.case;
  }
  return current;
}

/** SUBMIT of 张秀英's application: three materials uploaded, the income statement by commitment. */
export const submitEvent: EventInput = {
  type: 'SUBMIT',
  at: '2026-03-02T09:10:00+08:00',
  formData: dibaoFormData,
  materials: ['applicationForm', 'idCard', 'householdRegister'],
  commitments: ['incomeStatement'],
} as EventInput;

export const window = { id: 'w-li', role: 'window' as const };

/**
 * 张秀英's signed 容缺承诺书: her disability certificate is tolerated (后补), so 受理 needs it
 * (the engine refuses ACCEPT without it, `tolerance/commitment-required`).
 */
export const toleranceCommitment = { signedBy: applicant.id, documentId: 'RQ-2026-0001' };

/** 受理 of 张秀英's application by the window clerk, with her 容缺承诺书. */
export const acceptEvent = (at: string): EventInput =>
  ({ type: 'ACCEPT', actor: window, at, toleranceCommitment }) as EventInput;
export const reviewer = { id: 'r-wang', role: 'reviewer' as const };
export const approver = { id: 'a-zhao', role: 'approver' as const };

/** The whole life of 张秀英's case: correction, acceptance, stages, decision, delivery, rating. */
export const fullLife: EventInput[] = [
  submitEvent,
  {
    type: 'REQUEST_CORRECTION',
    actor: window,
    at: '2026-03-02T10:00:00+08:00',
    items: [
      { materialId: 'idCard', reason: '身份证复印件不清晰' },
      { field: '/applicant/phone', reason: '号码已停机' },
    ],
  } as EventInput,
  { type: 'RESUBMIT', at: '2026-03-03T09:00:00+08:00', formData: dibaoFormData } as EventInput,
  { type: 'ACCEPT', actor: window, at: '2026-03-03T10:00:00+08:00', toleranceCommitment } as EventInput,
  {
    type: 'SUPPLY',
    actor: window,
    at: '2026-03-04T10:00:00+08:00',
    materials: ['disabilityCert'],
  } as EventInput,
  {
    type: 'COMPLETE_STAGE',
    actor: reviewer,
    at: '2026-03-05T10:00:00+08:00',
    opinion: '材料齐全',
  } as EventInput,
  { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-09T16:30:00+08:00' },
  { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-18T10:00:00+08:00' },
  { type: 'DECIDE', actor: approver, at: '2026-03-19T10:00:00+08:00', approved: true } as EventInput,
  {
    type: 'ISSUE',
    actor: window,
    at: '2026-03-19T15:00:00+08:00',
    certificateNo: 'DB-2026-0318',
  } as EventInput,
  { type: 'DELIVER', actor: window, at: '2026-03-20T09:00:00+08:00', method: 'electronic' } as EventInput,
  { type: 'EVALUATE', at: '2026-03-20T12:00:00+08:00', score: 2 } as EventInput,
];
