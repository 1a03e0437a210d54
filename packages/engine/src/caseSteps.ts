import type { LocalizedText, ServiceItemSpec } from '@onewindow/spec';
import type { Role } from './types.js';

/** One step of the back office after acceptance, as the engine runs it. */
export interface CaseStep {
  /** Stage id from the spec, or `window` (instant), `decide` (promised without stages), `preliminary`, `superior`. */
  id: string;
  name: LocalizedText;
  role: Extract<Role, 'window' | 'reviewer' | 'approver' | 'superior'>;
  /** Working days allowed for this step. */
  days: number;
  /** false: a special procedure (e.g. 公示) that does not count towards the time limit. */
  counted: boolean;
  /** stage: finished with COMPLETE_STAGE; preliminary: the last one finishes with ESCALATE; decision/superior: DECIDE. */
  kind: 'stage' | 'preliminary' | 'decision' | 'superior';
  /** The case state while in this step, e.g. `accepted.review` (or `accepted` for instant items). */
  state: string;
}

const cache = new WeakMap<ServiceItemSpec, CaseStep[]>();

/**
 * The steps a case goes through after 受理, by mode:
 * - `instant`: one step at the window (`accepted`), decided the same day;
 * - `promised`: the spec's stages up to the decision stage (the first with `decision: true`, else the last);
 *   stages after it are not run; no stages at all gives one approver step `decide`;
 * - `escalated`: the spec's non-decision stages as the 初审 (or one `preliminary` reviewer step), then `superior`.
 *
 * @example
 * caseSteps(dibaoSpec).map((s) => s.state) // ['accepted.review', 'accepted.survey', 'accepted.notice', 'accepted.decide']
 */
export function caseSteps(spec: ServiceItemSpec): CaseStep[] {
  const cached = cache.get(spec);
  if (cached) return cached;
  const stages = spec.flow?.stages ?? [];
  let steps: CaseStep[];
  if (spec.mode === 'instant') {
    steps = [
      {
        id: 'window',
        name: { 'zh-CN': '窗口即办', en: 'Decided at the window' },
        role: 'window',
        days: spec.timeLimit.promised,
        counted: true,
        kind: 'decision',
        state: 'accepted',
      },
    ];
  } else if (spec.mode === 'escalated') {
    const escalation = spec.flow.escalation;
    const preliminary = stages.filter((s) => !s.decision);
    steps = (
      preliminary.length > 0
        ? preliminary
        : [
            {
              id: 'preliminary',
              name: { 'zh-CN': '初审', en: 'Preliminary review' },
              role: 'reviewer' as const,
              days: escalation?.preliminaryDays ?? 0,
            },
          ]
    ).map((s) => ({
      id: s.id,
      name: s.name,
      role: s.role,
      days: s.days,
      counted: ('counted' in s ? s.counted : undefined) !== false,
      kind: 'preliminary' as const,
      state: `accepted.${s.id}`,
    }));
    steps.push({
      id: 'superior',
      name: { 'zh-CN': '上级审批', en: 'Decision by the superior level' },
      role: 'superior',
      days: escalation?.superiorDays ?? 0,
      counted: true,
      kind: 'superior',
      state: 'accepted.superior',
    });
  } else {
    const decisionAt = stages.findIndex((s) => s.decision);
    const run = decisionAt >= 0 ? stages.slice(0, decisionAt + 1) : stages;
    steps =
      run.length > 0
        ? run.map((s, i) => ({
            id: s.id,
            name: s.name,
            role: s.role,
            days: s.days,
            counted: s.counted !== false,
            kind: i === run.length - 1 ? ('decision' as const) : ('stage' as const),
            state: `accepted.${s.id}`,
          }))
        : [
            {
              id: 'decide',
              name: { 'zh-CN': '审批', en: 'Decision' },
              role: 'approver',
              days: spec.timeLimit.promised,
              counted: true,
              kind: 'decision',
              state: 'accepted.decide',
            },
          ];
  }
  cache.set(spec, steps);
  return steps;
}
