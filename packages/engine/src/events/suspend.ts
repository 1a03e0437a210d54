import { engineError } from '../errors.js';
import { declaredProcedure } from '../specialProcedures.js';
import { SUSPENSION_KINDS } from '../suspensionKinds.js';
import type { SuspendEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

const KINDS = new Set<string>(SUSPENSION_KINDS);

/**
 * 特别程序 (行政许可法 第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审 … 所需时间不计算在期限内,
 * 行政机关应当将所需时间书面告知申请人): only a kind the item declares in `flow.specialProcedures`; the clock
 * stops until RESUME unless the procedure is declared `counted: true`.
 */
export const suspend: EventDefinition<SuspendEvent> = {
  roles: ['reviewer', 'approver', 'superior'],
  label: { 'zh-CN': '挂起（特别程序）', en: 'Suspend' },
  stageEvent: true,
  blockedWhileSuspended: true,
  precondition: ({ spec }) =>
    (spec.flow?.specialProcedures ?? []).length > 0 ? null : engineError('suspension/none-declared'),
  check(spec, _context, event) {
    if (!KINDS.has(event.kind)) return engineError('suspension/kind', { kind: String(event.kind) });
    if (!declaredProcedure(spec, event.kind)) {
      const declared = (spec.flow?.specialProcedures ?? []).map((p) => p.kind).join('、') || '—';
      return engineError('suspension/not-declared', { kind: event.kind, declared });
    }
    if (blank(event.reason)) return engineError('reason/required', { type: 'SUSPEND' });
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    suspension: { kind: event.kind, reason: event.reason, at: event.at },
  }),
};
