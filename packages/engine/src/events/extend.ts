import { calendarDateOf } from '../calendarDate.js';
import { caseClock } from '../caseClock.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import type { ExtendEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/**
 * 延长审批 (行政许可法 第四十二条): 不能在规定期限内作出决定的，经本行政机关负责人批准，可以延长期限，并应当将
 * 延长期限的理由告知申请人. Only where the item declares `timeLimit.extension`; at most its `days`, at most
 * `times` times (default once); before the current deadline has passed; the reason and the approving head
 * are recorded and go into the 延期通知书. The clock keeps running against the new deadline.
 */
export const extend: EventDefinition<ExtendEvent> = {
  roles: ['approver', 'superior'],
  label: { 'zh-CN': '延长审批', en: 'Extend the time limit' },
  precondition({ spec, context }) {
    const rule = spec.timeLimit.extension;
    if (!rule) return engineError('extension/not-allowed');
    const times = rule.times ?? 1;
    if ((context.extensions ?? []).length >= times) return engineError('extension/limit', { times });
    return null;
  },
  check(spec, _context, event) {
    const most = spec.timeLimit.extension?.days ?? 0;
    if (!Number.isInteger(event.days) || event.days < 1 || event.days > most) {
      return engineError('extension/days', { days: String(event.days), most });
    }
    if (blank(event.reason)) return engineError('reason/required', { type: 'EXTEND' });
    if (blank(event.approvedBy)) return engineError('event/invalid', { detail: 'approvedBy (负责人)' });
    const deadline = event.facts?.deadline;
    if (deadline && calendarDateOf(event.at) > deadline) {
      return engineError('extension/too-late', { deadline });
    }
    return null;
  },
  facts(engine, caseData, event) {
    const calendar = engine.calendar ?? defaultCalendar();
    const deadline = unlessNoCalendarData(
      () => caseClock(caseData, engine.spec, event.at, calendar).deadline,
    );
    return deadline ? { deadline } : undefined;
  },
  reduce: (context, event) => ({
    ...context,
    extensions: [
      ...(context.extensions ?? []),
      { days: event.days, reason: event.reason, approvedBy: event.approvedBy, at: event.at },
    ],
  }),
};
