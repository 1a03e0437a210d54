import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { dayCounter } from './dayCounter.js';
import { type EngineError, EngineFailure } from './errors.js';
import type { Case, Rating, ToleratedMaterial } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/**
 * Runs a calendar computation; null when the calendar has no holiday data for a date it needs
 * (`calendar/no-data`). Due dates that fall in a year not yet published (next year's 调休 arrangement
 * comes out in November or December) must not stop a window from accepting a case or an applicant from
 * rating it: they are recorded as null and computed later, once the host's calendar has the year.
 *
 * @example
 * unlessNoCalendarData(() => calendar.addWorkingDays('2026-12-28', 18)) // null with 2026 data only
 */
export function unlessNoCalendarData<T>(compute: () => T): T | null {
  return datedOrNoData(compute).value;
}

/**
 * Runs a calendar computation: its value, or null with the `calendar/no-data` error when the calendar has no
 * data for a year it needs (other failures are thrown).
 *
 * @example
 * datedOrNoData(() => calendar.addWorkingDays('2026-12-28', 18)) // { value: null, error: { code: 'calendar/no-data', … } }
 */
export function datedOrNoData<T>(
  compute: () => T,
): { value: T; error?: undefined } | { value: null; error: EngineError } {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof EngineFailure && error.code === 'calendar/no-data')
      return { value: null, error: error.error };
    throw error;
  }
}

/**
 * Working days a tolerated (容缺) material may follow after acceptance: its `toleranceDays`, never more
 * than the promised limit.
 *
 * @example
 * toleranceDays(spec, 'incomeStatement') // 5
 */
export function toleranceDays(spec: ServiceItemSpec, materialId: string): number {
  return toleranceDaysOf(spec, materialId);
}

/**
 * The last day to supply a tolerated (容缺) material accepted on `acceptedOn`: its `toleranceDays` in the item's
 * time unit (working or natural days; a natural-day period ending on a day off ends on the next working day).
 * Throws `calendar/no-data` past the calendar's years.
 *
 * @example
 * toleranceDueDate(spec, '2026-03-02', 'incomeStatement', calendar) // '2026-03-09'
 */
export function toleranceDueDate(
  spec: ServiceItemSpec,
  acceptedOn: string,
  materialId: string,
  calendar: WorkCalendar,
): string {
  const counter = dayCounter(spec.timeLimit.unit, calendar);
  return counter.lastDay(counter.add(acceptedOn, toleranceDays(spec, materialId)));
}

function toleranceDaysOf(spec: ServiceItemSpec, materialId: string): number {
  const limit = spec.timeLimit.promised;
  const material = spec.materials.find((m) => m.id === materialId);
  return Math.min(material?.toleranceDays ?? limit, limit);
}

/**
 * {@link toleratedDueDates} with the reason a due date is still null (the first `calendar/no-data` met).
 *
 * @example
 * toleratedDueDatesDated(caseData, spec, calendar).error?.code // 'calendar/no-data' while next year is missing
 */
export function toleratedDueDatesDated(
  caseData: Case,
  spec: ServiceItemSpec,
  calendar: WorkCalendar,
): { tolerated: ToleratedMaterial[]; error?: EngineError } {
  const tolerated = caseData.snapshot.context.tolerated;
  if (tolerated.every((t) => t.due !== null)) return { tolerated };
  const accept = caseData.events.find((e) => e.type === 'ACCEPT' || e.type === 'DEEM_ACCEPT');
  if (!accept) return { tolerated };
  const acceptedOn = calendarDateOf(accept.at);
  let error: EngineError | undefined;
  const dated = tolerated.map((t) => {
    if (t.due !== null) return t;
    const due = datedOrNoData(() => toleranceDueDate(spec, acceptedOn, t.materialId, calendar));
    error ??= due.error;
    return { ...t, due: due.value };
  });
  return error ? { tolerated: dated, error } : { tolerated: dated };
}

/**
 * The case's tolerated materials with their last days to supply them: as recorded at acceptance, or —
 * where the calendar could not give it then — computed with `calendar` now (still null if it cannot).
 *
 * @example
 * toleratedDueDates(caseData, spec, calendar) // [{ materialId: 'incomeStatement', due: '2026-03-09' }]
 */
export function toleratedDueDates(
  caseData: Case,
  spec: ServiceItemSpec,
  calendar: WorkCalendar,
): ToleratedMaterial[] {
  return toleratedDueDatesDated(caseData, spec, calendar).tolerated;
}

/**
 * {@link followUpDueDate} with the reason it is still null (`calendar/no-data`), if that is the reason.
 * A stored length that is not a whole number ≥ 0 throws `calendar/invalid-days` rather than giving a wrong date.
 *
 * @example
 * followUpDueDateDated(caseData, calendar) // { value: '2026-04-20' }
 */
export function followUpDueDateDated(
  caseData: Case,
  calendar: WorkCalendar,
  rating: Rating | null = caseData.snapshot.context.evaluation,
): { value: string | null; error?: EngineError } {
  const evaluation = rating;
  const followUp = evaluation?.followUp;
  if (!evaluation || !followUp) return { value: null };
  if (followUp.due !== null || followUp.days === undefined) return { value: followUp.due };
  const days = followUp.days;
  return datedOrNoData(() => calendar.addWorkingDays(calendarDateOf(evaluation.at), days));
}

/**
 * The deadline of the follow-up (整改) a bad rating opened: as recorded, or — where the calendar could not
 * give it at the rating — computed with `calendar` now (null if it still cannot, or if there is none).
 *
 * @example
 * followUpDueDate(caseData, calendar) // '2026-04-20'
 */
export function followUpDueDate(caseData: Case, calendar: WorkCalendar): string | null {
  return followUpDueDateDated(caseData, calendar).value;
}
