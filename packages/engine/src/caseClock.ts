import type { LocalizedText, ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { caseSteps } from './caseSteps.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { toleratedDueDates } from './dueDates.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import type { Case } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Traffic light of a case: green, yellow (预警, near the deadline), red (超期). */
export type Light = 'green' | 'yellow' | 'red';

/** Time spent in one visit of one back-office step. */
export interface StepTime {
  id: string;
  name: LocalizedText;
  /** Working days allowed for the step. */
  days: number;
  counted: boolean;
  enteredOn: string;
  leftOn: string | null;
  /** Working days used in this visit (suspensions deducted for counted steps). */
  used: number;
  /** Working days beyond the step's own limit. */
  overrun: number;
}

/** The working-day clock of a case at a moment. All dates are YYYY-MM-DD (China Standard Time). */
export interface CaseClock {
  /** false until 受理; then every other figure is meaningful. */
  started: boolean;
  acceptedOn: string | null;
  /** The promised limit (承诺办结时限) in working days. */
  limit: number;
  /** Last working day to decide within the promised limit, pauses included so far. */
  deadline: string | null;
  /** The same for the legal limit. */
  legalDeadline: string | null;
  /** Counted working days used (the acceptance day itself does not count). */
  used: number;
  /** limit − used (negative when overdue). */
  left: number;
  /** Working days not counted: correcting, suspended (特别程序), stages with `counted: false`. */
  paused: number;
  pausedNow: 'suspended' | 'uncountedStage' | 'correcting' | null;
  overdueDays: number;
  /** Decided, denied, withdrawn or terminated: the clock has stopped. */
  concluded: boolean;
  concludedOn: string | null;
  /** For a decided case: decided within the promised limit. */
  onTime: boolean | null;
  /** For a decided case: decided with working days to spare (提前办结). */
  early: boolean | null;
  light: Light | null;
  /**
   * Set when a deadline lies in a year the calendar has no data for (`calendar/no-data`): that deadline is
   * then null rather than guessed. Figures about the past never degrade: they throw instead.
   */
  calendarError?: EngineError;
  steps: StepTime[];
  tolerated: { materialId: string; due: string | null; overdue: boolean }[];
}

/** Options for {@link caseClock}. */
export interface CaseClockOptions {
  /** Yellow when this many working days or fewer are left (default 2). */
  yellowThreshold?: number;
}

const STOP_STATES = new Set(['decided', 'denied', 'withdrawn', 'terminated']);

type Interval = [from: string, to: string]; // working days in (from, to]

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) {
      if (b > last[1]) last[1] = b;
    } else out.push([a, b]);
  }
  return out;
}

function pausedWithin(calendar: WorkCalendar, pauses: Interval[], from: string, to: string): number {
  let n = 0;
  for (const [a, b] of pauses) {
    const lo = a > from ? a : from;
    const hi = b < to ? b : to;
    if (hi > lo) n += calendar.workingDaysBetween(lo, hi);
  }
  return n;
}

function deadlineFor(
  calendar: WorkCalendar,
  pauses: Interval[],
  accepted: string,
  limit: number,
  errors: EngineError[],
): string | null {
  try {
    return deadlineUnchecked(calendar, pauses, accepted, limit);
  } catch (error) {
    if (error instanceof EngineFailure && error.code === 'calendar/no-data') {
      errors.push(error.error);
      return null;
    }
    throw error;
  }
}

function deadlineUnchecked(
  calendar: WorkCalendar,
  pauses: Interval[],
  accepted: string,
  limit: number,
): string {
  let deadline = calendar.addWorkingDays(accepted, limit);
  for (;;) {
    const next = calendar.addWorkingDays(
      accepted,
      limit + pausedWithin(calendar, pauses, accepted, deadline),
    );
    if (next === deadline) return deadline;
    deadline = next;
  }
}

/**
 * The working-day clock of a case, computed from its audit log (no timers). It starts at 受理 and the
 * acceptance day itself does not count (期间开始之日不计算在期间内); it is paused while correcting,
 * while suspended (the suspension day counts, the resumption day does not) and in stages with
 * `counted: false`; it stops at the decision (or withdrawal / termination). Throws `EngineFailure`
 * `calendar/no-data` for dates the calendar does not cover.
 *
 * @example
 * const clock = caseClock(caseData, spec, '2026-03-10T09:00:00+08:00');
 * clock.deadline // '2026-03-26'
 * clock.light // 'green'
 */
export function caseClock(
  caseData: Case,
  spec: ServiceItemSpec,
  now: string,
  calendar: WorkCalendar = defaultCalendar(),
  options: CaseClockOptions = {},
): CaseClock {
  const limit = spec.timeLimit.promised;
  const events = caseData.events;
  const acceptIndex = events.findIndex((e) => e.type === 'ACCEPT');
  if (acceptIndex < 0) {
    return {
      started: false,
      acceptedOn: null,
      limit,
      deadline: null,
      legalDeadline: null,
      used: 0,
      left: limit,
      paused: 0,
      pausedNow: events.at(-1)?.state === 'correcting' ? 'correcting' : null,
      overdueDays: 0,
      concluded: STOP_STATES.has(caseData.snapshot.value) || caseData.snapshot.value === 'rejected',
      concludedOn: null,
      onTime: null,
      early: null,
      light: null,
      steps: [],
      tolerated: [],
    };
  }
  const accepted = calendarDateOf(events[acceptIndex]!.at);
  const stepByState = new Map(caseSteps(spec).map((s) => [s.state, s]));
  const nowDate = calendarDateOf(now);
  // YYYY-MM-DD strings order like dates
  let end = [accepted, nowDate].sort()[1]!;
  let concludedOn: string | null = null;

  const pauses: Interval[] = [];
  const steps: StepTime[] = [];
  let suspendedSince: string | null = null;
  let uncountedSince: string | null = null;
  let correctingSince: string | null = null;
  let previousState = events[acceptIndex - 1]?.state ?? 'submitted';
  for (let i = acceptIndex; i < events.length; i++) {
    const entry = events[i]!;
    const day = calendarDateOf(entry.at);
    if (entry.type === 'SUSPEND') suspendedSince ??= day;
    if (entry.type === 'RESUME' && suspendedSince !== null) {
      pauses.push([suspendedSince, day]);
      suspendedSince = null;
    }
    if (entry.state !== previousState) {
      const open = steps.at(-1);
      if (open && open.leftOn === null) open.leftOn = day;
      if (uncountedSince !== null) {
        pauses.push([uncountedSince, day]);
        uncountedSince = null;
      }
      if (correctingSince !== null) {
        pauses.push([correctingSince, day]);
        correctingSince = null;
      }
      const step = stepByState.get(entry.state);
      if (step) {
        steps.push({
          id: step.id,
          name: step.name,
          days: step.days,
          counted: step.counted,
          enteredOn: day,
          leftOn: null,
          used: 0,
          overrun: 0,
        });
        if (!step.counted) uncountedSince = day;
      }
      if (entry.state === 'correcting') correctingSince = day;
      if (STOP_STATES.has(entry.state) && concludedOn === null) {
        concludedOn = day;
        end = day;
        break;
      }
      previousState = entry.state;
    }
  }
  const pausedNow =
    concludedOn !== null
      ? null
      : suspendedSince !== null
        ? 'suspended'
        : uncountedSince !== null
          ? 'uncountedStage'
          : correctingSince !== null
            ? 'correcting'
            : null;
  for (const since of [suspendedSince, uncountedSince, correctingSince])
    if (since !== null) pauses.push([since, end]);
  const merged = merge(pauses);
  const paused = pausedWithin(calendar, merged, accepted, end);
  const used = calendar.workingDaysBetween(accepted, end) - paused;
  for (const step of steps) {
    const to = step.leftOn ?? end;
    const raw = calendar.workingDaysBetween(step.enteredOn, to);
    step.used = step.counted ? raw - pausedWithin(calendar, merged, step.enteredOn, to) : raw;
    step.overrun = Math.max(0, step.used - step.days);
  }
  const concluded = concludedOn !== null;
  const decided = concluded && caseData.snapshot.context.decision !== null;
  const threshold = options.yellowThreshold ?? 2;
  const left = limit - used;
  const errors: EngineError[] = [];
  const deadline = deadlineFor(calendar, merged, accepted, limit, errors);
  const tolerated = toleratedDueDates(caseData, spec, calendar);
  if (tolerated.some((t) => t.due === null) && errors.length === 0) {
    // A 容缺 due date past the calendar's last year (dates before it would have thrown above).
    errors.push(engineError('calendar/no-data', { year: Math.max(...calendar.years) + 1 }));
  }
  const legalDeadline = deadlineFor(calendar, merged, accepted, spec.timeLimit.legal, errors);
  return {
    started: true,
    acceptedOn: accepted,
    limit,
    deadline,
    legalDeadline,
    used,
    left,
    paused,
    pausedNow,
    overdueDays: Math.max(0, used - limit),
    concluded,
    concludedOn,
    onTime: decided ? used <= limit : null,
    early: decided ? used < limit : null,
    light: used > limit ? 'red' : !concluded && left <= threshold ? 'yellow' : 'green',
    steps,
    tolerated: tolerated.map((t) => ({ ...t, overdue: t.due !== null && nowDate > t.due })),
    ...(errors[0] ? { calendarError: errors[0] } : {}),
  };
}
