import type { ServiceItemSpec } from '@onewindow/spec';
import { type CaseStep, caseSteps } from './caseSteps.js';
import type { CaseEventType } from './types.js';

/** One transition of the flow: where an event leads (no target: the state stays, only the context changes). */
export interface FlowTransition {
  target?: string;
  /** DECIDE only: where a denial leads. */
  deniedTarget?: string;
}

/** One state of the flow with the events it handles. */
export interface FlowState {
  id: string;
  /** The back-office step this state is (states under `accepted`). */
  step?: CaseStep;
  /** An end state (办结): the state never changes again (EVALUATE may still be recorded). */
  end: boolean;
  on: Partial<Record<CaseEventType, FlowTransition>>;
}

/** The flow of one spec as data: `createCaseMachine`, `allowedEvents`, `toMermaid` and `flowPaths` read it. */
export interface FlowModel {
  steps: CaseStep[];
  states: Record<string, FlowState>;
  /** State ids in display order. */
  order: string[];
}

/**
 * End states (办结 without further change). `denied` is not one: a negative decision is issued and served
 * like a positive one (行政许可法 第三十八条第二款: 书面决定, 说明理由, 告知救济途径).
 */
export const END_STATES: readonly string[] = ['archived', 'rejected', 'withdrawn', 'terminated'];
/** States reached after a decision was taken. */
export const AFTER_DECISION_STATES: readonly string[] = [
  'decided',
  'issued',
  'delivered',
  'archived',
  'denied',
];
/** Chinese names of the fixed states. */
export const STATE_LABELS: Readonly<Record<string, { 'zh-CN': string; en: string }>> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  correcting: { 'zh-CN': '补正中', en: 'Correcting' },
  accepted: { 'zh-CN': '已受理', en: 'Accepted' },
  decided: { 'zh-CN': '已决定', en: 'Decided' },
  issued: { 'zh-CN': '已出件', en: 'Issued' },
  delivered: { 'zh-CN': '已送达', en: 'Delivered' },
  archived: { 'zh-CN': '已归档', en: 'Archived' },
  rejected: { 'zh-CN': '不予受理', en: 'Rejected' },
  // The item's own word (不予许可 / 不予给付 / 不予确认 …) comes from `stateLabel` / `outcomeLabels`.
  denied: { 'zh-CN': '不予', en: 'Refused' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  terminated: { 'zh-CN': '已终止', en: 'Terminated' },
};

const cache = new WeakMap<ServiceItemSpec, FlowModel>();

/**
 * The flow of a spec as plain data: states, the events each handles and where they lead.
 *
 * @example
 * flowModel(spec).states.submitted.on.ACCEPT // { target: 'accepted.review' }
 */
export function flowModel(spec: ServiceItemSpec): FlowModel {
  const cached = cache.get(spec);
  if (cached) return cached;
  const steps = caseSteps(spec);
  const first = steps[0]!.state;
  const states: Record<string, FlowState> = {};
  const add = (id: string, on: FlowState['on'], step?: CaseStep) => {
    states[id] = { id, end: END_STATES.includes(id), on, ...(step ? { step } : {}) };
  };
  const notify = { NOTIFY: {} };
  // 好差评: ratings and their follow-ups are recorded without changing the state
  const evaluation = { EVALUATE: {}, CLOSE_FOLLOW_UP: {}, REVISIT: {}, ...notify };
  add('draft', { SUBMIT: { target: 'submitted' }, WITHDRAW: { target: 'withdrawn' } });
  add('submitted', {
    ACCEPT: { target: first },
    DEEM_ACCEPT: { target: first },
    REQUEST_CORRECTION: { target: 'correcting' },
    REJECT: { target: 'rejected' },
    WITHDRAW: { target: 'withdrawn' },
    ...notify,
  });
  add('correcting', {
    RESUBMIT: { target: 'submitted' },
    REJECT: { target: 'rejected' },
    LAPSE: { target: 'withdrawn' },
    WITHDRAW: { target: 'withdrawn' },
    ...notify,
  });
  steps.forEach((step, i) => {
    const on: FlowState['on'] = {
      WITHDRAW: { target: 'withdrawn' },
      SUPPLY: {},
      TERMINATE: { target: 'terminated' },
      ...notify,
      // 一次一评: the 受理 contact may be rated (and its bad rating followed up) while the case runs
      ...evaluation,
    };
    if (spec.mode !== 'instant') {
      on.SUSPEND = {};
      on.RESUME = {};
      if (spec.timeLimit.extension) on.EXTEND = {};
    }
    const next = steps[i + 1];
    if (step.kind === 'decision' || step.kind === 'superior') {
      on.DECIDE = { target: 'decided', deniedTarget: 'denied' };
    } else if (next?.kind === 'superior') {
      on.ESCALATE = { target: next.state };
    } else if (next) {
      on.COMPLETE_STAGE = { target: next.state };
    }
    const previous = steps[i - 1];
    if (previous) on.RETURN = { target: previous.state };
    add(step.state, on, step);
  });
  // 先办后补 (`flow.supplyAfterDecision`): tolerated materials may still be supplied, or the case ended, after the decision
  const supplyLater =
    spec.flow?.supplyAfterDecision === true ? { SUPPLY: {}, TERMINATE: { target: 'terminated' } } : {};
  add('decided', { ISSUE: { target: 'issued' }, ...evaluation, ...supplyLater });
  add('issued', { DELIVER: { target: 'delivered' }, ...evaluation, ...supplyLater });
  add('delivered', { ARCHIVE: { target: 'archived' }, ...evaluation, ...supplyLater });
  add('archived', evaluation);
  add('rejected', evaluation);
  add('denied', { ISSUE: { target: 'issued' }, ...evaluation });
  add('withdrawn', {});
  add('terminated', {});
  const model: FlowModel = { steps, states, order: Object.keys(states) };
  cache.set(spec, model);
  return model;
}
