import type { ServiceItemSpec } from '@onewindow/spec';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { stateIdOf } from './caseState.js';
import type { MachineEvent } from './checkEvent.js';
import { type CaseMachine, createCaseMachine } from './createCaseMachine.js';
import { flowModel } from './flowModel.js';
import { EVENT_ROLES } from './roles.js';
import type { Actor, CaseContext, CaseEvent, CaseEventType, Role } from './types.js';

/** One step of a path: the event type, the role that sends it and the event's data. */
export interface FlowPathStep {
  type: CaseEventType;
  role: Role;
  data: Record<string, unknown>;
  /** The state after this step. */
  state: string;
}

/** A path through an item's flow from `draft`. */
export interface FlowPath {
  /** The state the path ends in. */
  target: string;
  /** Whether the case is suspended / evaluated at the end (states that differ only in context). */
  suspended: boolean;
  evaluated: boolean;
  steps: FlowPathStep[];
}

/** Options for {@link flowPaths}. */
export interface FlowPathsOptions {
  /** shortest: one shortest path to each reachable state; simple: every path that visits no state twice. */
  kind?: 'shortest' | 'simple';
  /** Paths longer than this many steps are left out (simple paths only need it; default 24). */
  maxDepth?: number;
  /** Form data for SUBMIT (default `{}`; give valid data when the paths are replayed with a validator). */
  formData?: unknown;
  /** Leave out the events that keep the state (SUSPEND/RESUME, EVALUATE, CLOSE_FOLLOW_UP). Default false. */
  coreOnly?: boolean;
}

const SAMPLE_AT = '2026-03-02T09:00:00+08:00';
const KEEP_STATE = new Set<CaseEventType>([
  'SUSPEND',
  'RESUME',
  'EXTEND',
  'EVALUATE',
  'CLOSE_FOLLOW_UP',
  'REVISIT',
]);
/** Events a scheduler sends when a deadline has passed: no path of events 30 minutes apart reaches them. */
const SKIPPED = new Set<CaseEventType>(['SUPPLY', 'TERMINATE', 'NOTIFY', 'DEEM_ACCEPT', 'LAPSE']);

/** Sample data per event type that satisfies the rules for this spec. */
function samples(spec: ServiceItemSpec, type: CaseEventType, formData: unknown): Record<string, unknown>[] {
  const firstMaterial = spec.materials[0]?.id;
  const firstField = Object.keys((spec.form.schema as { properties?: object }).properties ?? {})[0];
  switch (type) {
    case 'SUBMIT':
      return [{ formData, materials: spec.materials.map((m) => m.id) }];
    case 'REQUEST_CORRECTION':
      return [
        {
          items: firstMaterial
            ? [{ materialId: firstMaterial, reason: '示例：复印件不清晰' }]
            : [{ field: firstField, reason: '示例：填写有误' }],
        },
      ];
    case 'ACCEPT':
      // the applicant's signed 容缺承诺书, needed when tolerated materials are owed
      return [{ toleranceCommitment: { signedBy: 'applicant-1', documentId: '示例：容缺承诺书' } }];
    case 'REJECT':
      return [{ reason: '示例：不属于本机关职权范围' }];
    case 'RETURN':
      return [{ reason: '示例：材料需复核' }];
    case 'SUSPEND':
      return [{ kind: spec.flow.specialProcedures?.[0]?.kind ?? 'other', reason: '示例：特别程序' }];
    case 'DECIDE':
      return [{ approved: true }, { approved: false, reason: '示例：不符合条件' }];
    case 'EXTEND':
      return [
        { days: spec.timeLimit.extension?.days ?? 1, reason: '示例：情况复杂', approvedBy: '示例：负责人' },
      ];
    case 'ISSUE':
      return [{ certificateNo: 'SAMPLE-0001' }];
    case 'DELIVER':
      return [{ method: spec.outputs[0]?.delivery[0] ?? 'window' }];
    case 'EVALUATE':
      return [{ score: 1 }, { score: 5, comment: '示例：等候时间过长' }];
    case 'CLOSE_FOLLOW_UP':
      return [{ note: '示例：已整改' }];
    case 'REVISIT':
      return [{ feedback: '示例：已电话回访，告知整改结果' }];
    default:
      return [{}];
  }
}

function roleFor(spec: ServiceItemSpec, state: string, type: CaseEventType): Role {
  const step = flowModel(spec).states[state]?.step;
  if (step && ['COMPLETE_STAGE', 'RETURN', 'ESCALATE', 'DECIDE', 'SUSPEND', 'RESUME'].includes(type))
    return step.role;
  if (type === 'EXTEND') return step?.role === 'superior' ? 'superior' : 'approver';
  if (type === 'SUBMIT' || type === 'RESUBMIT' || type === 'WITHDRAW' || type === 'EVALUATE')
    return 'applicant';
  return EVENT_ROLES[type][0]!;
}

const SAMPLE_ACTORS: Record<Role, Actor> = {
  applicant: { id: 'applicant-1', role: 'applicant' },
  agent: { id: 'agent-1', role: 'agent' },
  window: { id: 'window-1', role: 'window' },
  reviewer: { id: 'reviewer-1', role: 'reviewer' },
  approver: { id: 'approver-1', role: 'approver' },
  superior: { id: 'superior-1', role: 'superior' },
  system: { id: 'system', role: 'system' },
};

type Snapshot = ReturnType<CaseMachine['transition']>;
const contextKey = (c: CaseContext) =>
  `${c.suspension ? 'S' : ''}${c.evaluation ? (c.evaluation.followUp ? 'B' : 'E') : ''}${c.evaluation?.followUp?.closedAt ? 'C' : ''}`;

/**
 * Paths through an item's flow, generated from its machine with `xstate/graph` (`getShortestPaths` or
 * `getSimplePaths`): each a list of events with the role and data that drive it, from `draft` to its
 * target. Turn a path into events with {@link flowPathEvents} and feed them to `replay`. Used by the CLI
 * (`onewindow paths`), Storybook replays and the model-based tests.
 *
 * @example
 * flowPaths(spec, { kind: 'shortest' }).find((p) => p.target === 'archived')?.steps.map((s) => s.type)
 * // ['SUBMIT', 'ACCEPT', 'COMPLETE_STAGE', …, 'DECIDE', 'ISSUE', 'DELIVER', 'ARCHIVE']
 */
export function flowPaths(spec: ServiceItemSpec, options: FlowPathsOptions = {}): FlowPath[] {
  const machine = createCaseMachine(spec);
  const model = flowModel(spec);
  const formData = options.formData ?? {};
  const maxDepth = options.maxDepth ?? 24;
  const events = (snapshot: Snapshot): MachineEvent[] => {
    const state = stateIdOf(snapshot.value);
    const out: MachineEvent[] = [];
    for (const type of Object.keys(model.states[state]?.on ?? {}) as CaseEventType[]) {
      if (SKIPPED.has(type) || (options.coreOnly && KEEP_STATE.has(type))) continue;
      const role = roleFor(spec, state, type);
      for (const data of samples(spec, type, formData)) {
        out.push({ type, actor: SAMPLE_ACTORS[role], at: SAMPLE_AT, ...data } as MachineEvent);
      }
    }
    return out;
  };
  const traversal = {
    events,
    serializeState: (snapshot: Snapshot) => `${stateIdOf(snapshot.value)}|${contextKey(snapshot.context)}`,
    serializeEvent: (event: MachineEvent) => JSON.stringify(event),
  };
  const paths =
    options.kind === 'simple'
      ? getSimplePaths(machine, traversal as never)
      : getShortestPaths(machine, traversal as never);
  const result: FlowPath[] = [];
  for (const path of paths) {
    const steps = path.steps.filter((step) => !step.event.type.startsWith('xstate.')); // drop the initial step
    if (steps.length > maxDepth && options.kind === 'simple') continue;
    const end = path.state as Snapshot;
    result.push({
      target: stateIdOf(end.value),
      suspended: end.context.suspension !== null,
      evaluated: end.context.evaluation !== null,
      steps: steps.map((step) => {
        const { type, actor, at: _at, ...data } = step.event as MachineEvent;
        return { type, role: actor.role, data, state: stateIdOf((step.state as Snapshot).value) };
      }),
    });
  }
  return result;
}

/**
 * The events of a path, with actors and times (one every `minutes`, default 30, from `start`), ready for
 * `replay` after an `OPEN` record.
 *
 * @example
 * const path = flowPaths(spec)[0];
 * replay(spec, flowPathEvents(path), {}, { caseId: 'demo', actor, at: '2026-03-02T08:30:00+08:00' });
 */
export function flowPathEvents(
  path: FlowPath,
  options: { start?: string; minutes?: number; actors?: Partial<Record<Role, Actor>> } = {},
): CaseEvent[] {
  const start = Date.parse(options.start ?? SAMPLE_AT);
  const step = (options.minutes ?? 30) * 60_000;
  return path.steps.map((s, i) => {
    const at = new Date(start + (i + 1) * step + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    return {
      type: s.type,
      actor: options.actors?.[s.role] ?? SAMPLE_ACTORS[s.role],
      at,
      ...s.data,
    } as CaseEvent;
  });
}
