import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import { correctionDueDate } from '../receiptDueDates.js';
import type { LapseEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/**
 * 逾期未补正，视为撤回: the correction period after the 一次性告知 (`timeLimit.correction`) has passed without
 * a resubmission; the case ends as withdrawn. Sent by the scheduler (`dueEvents`) or the window.
 */
export const lapse: EventDefinition<LapseEvent> = {
  roles: ['system', 'window'],
  label: { 'zh-CN': '逾期未补正（视为撤回）', en: 'Correction period lapsed' },
  check(_spec, _context, event) {
    const due = event.facts?.correctionDue;
    if (due === null) return engineError('calendar/no-data', { year: calendarDateOf(event.at).slice(0, 4) });
    if (due !== undefined && calendarDateOf(event.at) <= due)
      return engineError('correction/not-due', { due });
    return null;
  },
  facts(engine, caseData) {
    const correction = caseData.snapshot.context.correction;
    if (!correction) return undefined;
    const calendar = engine.calendar ?? defaultCalendar();
    return {
      correctionDue: unlessNoCalendarData(() => correctionDueDate(engine.spec, correction.at, calendar)),
    };
  },
};
