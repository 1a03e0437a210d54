import type { Case } from '@onewindow/engine';
import { caseSteps, outcomeLabels, STATE_LABELS } from '@onewindow/engine';
import { localize, type ServiceItemSpec } from '@onewindow/spec';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';

/**
 * The case's state for people: 已提交, 补正中, 审核中 (the current stage's name + 中),
 * 已办结 … and, while suspended, the special procedure in brackets.
 *
 * @example
 * caseStateLabel(caseData, spec, 'zh-CN'); // '入户调查中（特别程序：公示）'
 */
export function caseStateLabel(caseData: Case, spec: ServiceItemSpec, lang: Lang): string {
  const state = caseData.snapshot.value;
  let label: string;
  const step = state.startsWith('accepted') ? caseSteps(spec).find((s) => s.state === state) : undefined;
  if (step && state !== 'accepted') {
    const name = localize(step.name, lang);
    label = lang === 'en' ? `In ${name.toLowerCase()}` : `${name}中`;
  } else if (state === 'denied') {
    label = outcomeLabels(spec).denied[lang]; // 不予许可 / 不予给付 / 不予确认 … by item type
  } else {
    const fixed = STATE_LABELS[state.split('.')[0] ?? state];
    label = fixed ? fixed[lang] : state;
  }
  const suspension = caseData.snapshot.context.suspension;
  if (suspension) {
    const kind = terms[lang].suspensionKind[suspension.kind] ?? suspension.kind;
    label += lang === 'en' ? ` (suspended: ${kind})` : `（特别程序：${kind}）`;
  }
  return label;
}
