import { readFileSync } from 'node:fs';
import type { ServiceItemSpec } from '@onewindow/spec';
import {
  type Actor,
  applyEvent,
  type Case,
  type CaseEvent,
  type EngineContext,
  openCase,
  type Role,
} from '../src/index.js';

const load = (name: string): ServiceItemSpec =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as ServiceItemSpec;

/** 低保 (promised, four stages incl. 公示 not counted, a tolerable and a commitment material, proxy). */
export const dibao = load('dibao');
/** 居住证明 (instant, no proxy). */
export const residence = load('residence-proof');
/** 宅基地 (escalated to the county, two preliminary stages). */
export const homestead = load('homestead');

export const actors: Record<Role, Actor> = {
  applicant: { id: 'u-zhang', role: 'applicant', name: '张三' },
  agent: { id: 'agent-li', role: 'agent', org: '五星村代办点' },
  window: { id: 'w-01', role: 'window', org: 'XX镇便民服务中心' },
  reviewer: { id: 'r-01', role: 'reviewer', org: '民政办' },
  approver: { id: 'a-01', role: 'approver', org: 'XX镇人民政府' },
  superior: { id: 's-01', role: 'superior', org: '县局' },
  system: { id: 'scheduler', role: 'system' },
};

/**
 * An event with an actor in `role` at `at` (Beijing time). An ACCEPT carries the applicant's signed 容缺承诺书
 * (needed when tolerated materials are owed) unless `data` says otherwise (`toleranceCommitment: undefined`).
 */
export function ev<T extends CaseEvent['type']>(
  type: T,
  role: Role,
  at: string,
  data: Omit<Extract<CaseEvent, { type: T }>, 'type' | 'actor' | 'at'> | Record<string, never> = {},
): CaseEvent {
  return {
    type,
    actor: actors[role],
    at: at.includes('T') ? at : `${at}T10:00:00+08:00`,
    ...(type === 'ACCEPT' ? { toleranceCommitment: { signedBy: actors.applicant.id } } : {}),
    ...data,
  } as CaseEvent;
}

/** Applies events in order; fails the test (throws) on a refusal. */
export function drive(caseData: Case, events: CaseEvent[], context: EngineContext): Case {
  let current = caseData;
  for (const event of events) {
    const result = applyEvent(current, event, context);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error.code} ${result.error.message}`);
    current = result.case;
  }
  return current;
}

export const dibaoForm = { applicant: { name: '张三', idNumber: '11010519491231002X' }, householdSize: 3 };
export const allDibaoMaterials = ['application', 'idCard', 'householdRegister', 'incomeProof'];

/**
 * A 低保 case opened and submitted with every material on `day`, on `spec` (a variant of 低保: a case is
 * pinned to the content of the spec it was opened on).
 */
export function submittedDibao(
  day = '2026-03-02',
  materials = allDibaoMaterials,
  spec: ServiceItemSpec = dibao,
): Case {
  const opened = openCase(spec, { id: 'C-1', at: `${day}T09:00:00+08:00`, actor: actors.applicant });
  return drive(
    opened,
    [ev('SUBMIT', 'applicant', `${day}T09:30:00+08:00`, { formData: dibaoForm, materials })],
    { spec },
  );
}
