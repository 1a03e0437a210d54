import {
  EVENT_LABELS,
  type FlowPath,
  type FlowPathStep,
  flowModel,
  outcomeLabels,
  SCORE_LABELS,
  STATE_LABELS,
} from '@onewindow/engine';
import { type Lang, localize, type ServiceItemSpec } from '@onewindow/spec';

const words = {
  'zh-CN': {
    suspended: '挂起中',
    evaluated: '已评价',
    summary: (count: number, kind: string) =>
      `共 ${count} 条路径（${kind === 'simple' ? '全部简单路径' : '最短路径'}）。`,
    separator: '，',
  },
  en: {
    suspended: 'suspended',
    evaluated: 'evaluated',
    summary: (count: number, kind: string) =>
      `${count} ${count === 1 ? 'path' : 'paths'} (${kind === 'simple' ? 'all simple paths' : 'shortest'}).`,
    separator: ', ',
  },
} as const;

/**
 * The paths of `flowPaths` as text, one line each:
 * `n. <target name> [<target state>, flags]: <event name> <TYPE> → …`, then a summary line.
 * A back-office state is named after its stage (已受理·审核); DECIDE shows the decision, EVALUATE the rating.
 *
 * @example
 * formatFlowPaths(spec, flowPaths(spec), 'shortest', 'zh-CN');
 * // '… 25. 已归档 [archived]: 提交 SUBMIT → 受理 ACCEPT → … → 归档 ARCHIVE\n共 31 条路径（最短路径）。\n'
 */
export function formatFlowPaths(
  spec: ServiceItemSpec,
  paths: readonly FlowPath[],
  kind: 'shortest' | 'simple',
  lang: Lang,
): string {
  const w = words[lang];
  const model = flowModel(spec);
  const stateName = (state: string) => {
    const step = model.states[state]?.step;
    const accepted = STATE_LABELS.accepted?.[lang] ?? 'accepted';
    if (step) return `${accepted}·${localize(step.name, lang)}`;
    if (state === 'denied') return outcomeLabels(spec).denied[lang];
    return STATE_LABELS[state]?.[lang] ?? state;
  };
  // What tells two paths with the same events apart: the decision, the rating.
  const detail = (step: FlowPathStep) => {
    if (step.type === 'DECIDE' && typeof step.data.approved === 'boolean') {
      // the item's own outcome words (准予许可 / 不予给付 …)
      return ` (${outcomeLabels(spec)[step.data.approved ? 'approved' : 'denied'][lang]})`;
    }
    const score = step.data.score;
    if (step.type === 'EVALUATE' && typeof score === 'number') {
      return ` (${SCORE_LABELS[score as 1 | 2 | 3 | 4 | 5]?.[lang] ?? score})`;
    }
    return '';
  };
  const lines = paths.map((path, index) => {
    const flags = [
      path.target,
      ...(path.suspended ? [w.suspended] : []),
      ...(path.evaluated ? [w.evaluated] : []),
    ];
    const steps = path.steps.map((step) => {
      return `${EVENT_LABELS[step.type][lang]} ${step.type}${detail(step)}`;
    });
    return `${index + 1}. ${stateName(path.target)} [${flags.join(w.separator)}]: ${steps.join(' → ')}`;
  });
  lines.push(w.summary(paths.length, kind));
  return `${lines.join('\n')}\n`;
}
