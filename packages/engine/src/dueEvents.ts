import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { calendarWarnings } from './calendarWarnings.js';
import { caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { followUpDueDateDated, toleratedDueDatesDated } from './dueDates.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import { noticeKey } from './events/notify.js';
import { flowModel } from './flowModel.js';
import { allRatings } from './ratings.js';
import { resolveSpecFor, type SpecSource } from './resolveSpecFor.js';
import type { Actor, Case, CaseEvent, NoticeKind } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Something a scheduler should send now, and why. */
export interface DueEvent {
  caseId: string;
  reason:
    | 'warning'
    | 'overdue'
    | 'toleranceExpired'
    | 'followUpOverdue'
    | 'levelOverdue'
    | 'stageOverdue'
    | 'procedureOverdue'
    | 'revisitOverdue'
    | 'acceptanceDeemed'
    | 'correctionLapsed';
  /** Ready for `applyEvent` (sent by the system actor, at `now`). */
  event: CaseEvent;
}

/** A case the scheduler could not fully date at `now`: what it may owe is unknown until the calendar can say. */
export interface UndatedCase {
  caseId: string;
  /** Why: `calendar/no-data` (its message names the missing year) or another `calendar/…` failure. */
  error: EngineError;
}

/** Everything {@link dueEventsReport} found at `now`. */
export interface DueEventsReport {
  /** The events to send, as {@link dueEvents} returns them. */
  due: DueEvent[];
  /** Cases with a deadline, 容缺 due date or follow-up date the calendar cannot give: nothing is guessed for them. */
  undated: UndatedCase[];
  /** What the host should do about its calendar (`calendar/year-missing`: see {@link calendarWarnings}). */
  warnings: EngineError[];
}

/** Options for {@link dueEvents}. */
export interface DueEventsOptions {
  /** The specs the cases run on. */
  specs: SpecSource;
  /** The calendar the host also gives `applyEvent` (what is proposed is then accepted). */
  calendar?: WorkCalendar;
  /** Working days left at which a warning is due (default 2). */
  yellowThreshold?: number;
  /** The scheduler's actor (default `{ id: 'scheduler', role: 'system' }`). */
  actor?: Actor;
}

/** A calendar failure stays with its case: one undatable case never stops the batch. */
const isCalendarFailure = (error: unknown): error is EngineFailure =>
  error instanceof EngineFailure && error.code.startsWith('calendar/');

/** The name of a material for a TERMINATE reason. */
function materialLabel(spec: ServiceItemSpec, materialId: string): string {
  const name = spec.materials.find((m) => m.id === materialId)?.name;
  return typeof name === 'string' ? name : (name?.['zh-CN'] ?? materialId);
}

/**
 * What a scheduler should send at `now`, case by case, with the cases it cannot date and the calendar's
 * warnings. Each case is dated on its own: a case whose deadline, 容缺 due date or follow-up falls in a year
 * the calendar has no data for goes into `undated` (with the error naming the year), and every other case
 * gets its notices and terminations as usual — New Year without next year's data never stops the batch.
 * Cases whose spec is not found, and cases with a logged event after `now` (an event at `now` would be out of
 * order), are left alone.
 *
 * @example
 * const { due, undated, warnings } = dueEventsReport(openCases, new Date().toISOString(), { specs: catalog, calendar });
 * for (const w of warnings) alertHost(w.message); // e.g. 工作日历还没有 2027 年的节假日安排 …
 * for (const u of undated) log(u.caseId, u.error.message);
 */
export function dueEventsReport(
  cases: readonly Case[],
  now: string,
  options: DueEventsOptions,
): DueEventsReport {
  const specFor = resolveSpecFor(options.specs);
  const calendar = options.calendar ?? defaultCalendar();
  const actor: Actor = options.actor ?? { id: 'scheduler', role: 'system' };
  const threshold = options.yellowThreshold ?? 2;
  const nowTime = Date.parse(now);
  const today = calendarDateOf(now);
  const due: DueEvent[] = [];
  const undated: UndatedCase[] = [];
  for (const c of cases) {
    const spec = specFor(c);
    if (!spec) continue;
    const last = c.events.at(-1);
    if (last && Date.parse(last.at) > nowTime) continue;
    const found: DueEvent[] = [];
    let error: EngineError | undefined;
    try {
      error = dueForCase(c, spec, now, today, calendar, actor, threshold, found);
    } catch (failure) {
      if (!isCalendarFailure(failure)) throw failure;
      error = failure.error;
    }
    due.push(...found);
    if (error) undated.push({ caseId: c.id, error });
  }
  return { due, undated, warnings: calendarWarnings(calendar, now) };
}

/** Adds the events due for one case to `found`; returns the calendar error that kept something undated. */
function dueForCase(
  c: Case,
  spec: ServiceItemSpec,
  now: string,
  today: string,
  calendar: WorkCalendar,
  actor: Actor,
  threshold: number,
  found: DueEvent[],
): EngineError | undefined {
  const state = c.snapshot.value;
  const context = c.snapshot.context;
  const handles = flowModel(spec).states[state]?.on ?? {};
  const notify = (notice: NoticeKind, deadline: string, scope?: string) => {
    if (!handles.NOTIFY || context.notices.includes(noticeKey(notice, deadline, scope))) return;
    const event: CaseEvent = {
      type: 'NOTIFY',
      actor,
      at: now,
      notice,
      deadline,
      ...(scope ? { scope } : {}),
    };
    found.push({ caseId: c.id, reason: notice, event });
  };
  let undated: EngineError | undefined;
  if (context.tolerated.length > 0 && handles.TERMINATE) {
    const tolerated = toleratedDueDatesDated(c, spec, calendar);
    const expired = tolerated.tolerated.filter((t) => t.due !== null && t.due < today);
    if (expired.length > 0) {
      const names = expired.map((t) => materialLabel(spec, t.materialId)).join('、');
      found.push({
        caseId: c.id,
        reason: 'toleranceExpired',
        event: { type: 'TERMINATE', actor, at: now, reason: `容缺材料“${names}”逾期未补交` },
      });
      return undefined;
    }
    undated ??= tolerated.error;
  }
  // 差评整改 → 回访: each rating's follow-up (一事一评 and 一次一评) has its own due dates.
  for (const { contact, rating } of allRatings(context)) {
    const followUp = rating.followUp;
    if (!followUp) continue;
    if (followUp.closedAt === null) {
      const followUpDue = followUpDueDateDated(c, calendar, rating);
      if (followUpDue.value !== null && followUpDue.value < today)
        notify('followUpOverdue', followUpDue.value, contact);
      undated ??= followUpDue.error;
    } else if (!followUp.revisitedAt && followUp.revisitDue && followUp.revisitDue < today) {
      notify('revisitOverdue', followUp.revisitDue, contact);
    }
  }
  if (state === 'submitted' || state === 'correcting') {
    const pending = caseClock(c, spec, now, calendar).pending;
    if (!pending) return undated;
    if (pending.due === null)
      return undated ?? engineError('calendar/no-data', { year: Number(today.slice(0, 4)) + 1 });
    if (!pending.overdue) return undated;
    if (pending.kind === 'acceptance' && handles.DEEM_ACCEPT && context.receipt) {
      // 行政许可法 第三十二条: 逾期不告知的，自收到申请材料之日起即为受理
      const event: CaseEvent = { type: 'DEEM_ACCEPT', actor, at: now, receivedAt: context.receipt.at };
      found.push({ caseId: c.id, reason: 'acceptanceDeemed', event });
    } else if (pending.kind === 'correction' && handles.LAPSE) {
      const event: CaseEvent = {
        type: 'LAPSE',
        actor,
        at: now,
        reason: `补正期限 ${pending.due} 届满，逾期未补正，视为撤回申请`,
      };
      found.push({ caseId: c.id, reason: 'correctionLapsed', event });
    }
    return undated;
  }
  if (!state.startsWith('accepted')) return undated;
  const clock = caseClock(c, spec, now, calendar, { yellowThreshold: threshold });
  if (clock.concluded) return undated;
  if (!clock.deadline) return undated ?? clock.calendarError;
  if (clock.light === 'red') notify('overdue', clock.deadline);
  else if (clock.light === 'yellow') notify('warning', clock.deadline);
  // Escalated items: each level answers for its own limit (上报办理制); every stage for its own days.
  for (const level of clock.levels) {
    if (clock.levels.length > 1 && level.endedOn === null && level.light === 'red' && level.due)
      notify('levelOverdue', level.due, level.id);
  }
  const current = clock.steps.at(-1);
  if (current && current.leftOn === null && current.light === 'red' && current.due)
    notify('stageOverdue', current.due, current.id);
  const procedure = clock.specialProcedure;
  if (procedure && procedure.overrun > 0 && procedure.due)
    notify('procedureOverdue', procedure.due, procedure.kind);
  return undated;
}

/**
 * What a scheduler outside the engine should send at `now` (the engine has no timers): a warning when a
 * case nears its deadline (yellow), an overdue notice (red), a TERMINATE when tolerated (容缺) materials
 * are past their deadline, and a notice when a bad rating's follow-up (整改) is overdue. Each notice is
 * due once per deadline: the case records the ones sent. Cases whose spec is not found are skipped; cases the
 * calendar cannot date are left out (see {@link dueEventsReport}, which names them).
 *
 * @example
 * for (const due of dueEvents(openCases, new Date().toISOString(), { specs: catalog, calendar })) {
 *   const result = applyEvent(load(due.caseId), due.event, { spec, calendar });
 * }
 */
export function dueEvents(cases: readonly Case[], now: string, options: DueEventsOptions): DueEvent[] {
  return dueEventsReport(cases, now, options).due;
}
