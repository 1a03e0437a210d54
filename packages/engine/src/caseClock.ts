import { clockLevels, type LocalizedText, type ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { caseSteps } from './caseSteps.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { type DayCounter, type DayUnit, dayCounter } from './dayCounter.js';
import { toleratedDueDates, unlessNoCalendarData } from './dueDates.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import { acceptanceDueDate, correctionDueDate, startsAcceptanceLimit } from './receiptDueDates.js';
import { declaredProcedure } from './specialProcedures.js';
import type { AuditEntry, Case, SuspensionKind } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Traffic light of a case: green, yellow (预警, near the deadline), red (超期). */
export type Light = 'green' | 'yellow' | 'red';

/** Time spent in one visit of one back-office step. */
export interface StepTime {
  id: string;
  name: LocalizedText;
  /** Days allowed for the step (in the clock's unit). */
  days: number;
  counted: boolean;
  /** The level whose clock this step runs on (`superior` for the superior's decision of an escalated item). */
  level: 'local' | 'superior';
  enteredOn: string;
  leftOn: string | null;
  /** Days used in this visit (suspensions deducted for counted steps). */
  used: number;
  /** Days beyond the step's own limit. */
  overrun: number;
  /** The step's own due date (its days after it was entered, pauses included); null past the calendar's data. */
  due: string | null;
  /** The step's light: red past its days, yellow near them; for a finished visit green or red. */
  light: Light;
}

/** The clock of one level: for escalated items the town's 初审+上报 and the superior's decision are separate. */
export interface LevelClock {
  id: 'local' | 'superior';
  /** The level's limit (from `clockLevels` of @onewindow/spec, the rule the validator checks too). */
  limit: number;
  /** The day the level's clock started (受理, or the first 上报 for the superior); null before. */
  startedOn: string | null;
  /** The day the level finished (上报 for the town, the decision for the superior); null while running. */
  endedOn: string | null;
  used: number;
  left: number;
  overrun: number;
  due: string | null;
  light: Light | null;
}

/** A limit before acceptance: the window's 受理 limit or the applicant's 补正 period. */
export interface PendingClock {
  kind: 'acceptance' | 'correction';
  /** When it started: the receipt, or the correction request. */
  since: string;
  /** Its last day; null past the calendar's data. */
  due: string | null;
  overdue: boolean;
}

/** A running 特别程序 against its declared maximum (a warning is due past it). */
export interface ProcedureClock {
  kind: SuspensionKind;
  since: string;
  /** Declared maximum and its unit; null without one. */
  maximum: number | null;
  unit: DayUnit;
  /** Days it has run (in its own unit), the start day not counted. */
  used: number;
  /** Last day within the maximum; null without a maximum or past the calendar's data. */
  due: string | null;
  overrun: number;
}

/** The clock of a case as of a moment. All dates are YYYY-MM-DD (China Standard Time). */
export interface CaseClock {
  /** The day the clock is read for: only events at or before that moment count. */
  asOf: string;
  /** How the limits are counted: 工作日 or 自然日 (`timeLimit.unit`). */
  unit: DayUnit;
  /** false until 受理; then every other figure is meaningful. */
  started: boolean;
  acceptedOn: string | null;
  /** The promised limit (承诺办结时限) plus any 延长审批 granted, in `unit`. */
  limit: number;
  /** Days added by 延长审批 (EXTEND, 行政许可法 第四十二条) so far. */
  extendedDays: number;
  /** Last day to decide within `limit`, pauses included so far. */
  deadline: string | null;
  /** The legal limit plus extensions; null when the law sets none (`timeLimit.legal: null`). */
  legalLimit: number | null;
  /** The same as `deadline` for the legal limit; null without a legal limit. */
  legalDeadline: string | null;
  /** Counted days used (the acceptance day itself does not count). */
  used: number;
  /** limit − used (negative when overdue). */
  left: number;
  /** Days not counted: correcting, suspended (特别程序), stages with `counted: false`. */
  paused: number;
  pausedNow: 'suspended' | 'uncountedStage' | 'correcting' | null;
  overdueDays: number;
  /** Decided, denied, withdrawn or terminated: the clock has stopped. */
  concluded: boolean;
  concludedOn: string | null;
  /** For a decided case: decided within the limit. */
  onTime: boolean | null;
  /** For a decided case: decided with days to spare (提前办结). */
  early: boolean | null;
  light: Light | null;
  /**
   * Set when a deadline lies in a year the calendar has no data for (`calendar/no-data`): that deadline is
   * then null rather than guessed. Figures about the past never degrade: they throw instead.
   */
  calendarError?: EngineError;
  steps: StepTime[];
  /**
   * A limit running before acceptance: the 受理 limit of an application received online or by post
   * (第三十二条), or the applicant's correction period after a 一次性告知; null when none runs.
   */
  pending: PendingClock | null;
  /** The 特别程序 running now, with its declared maximum; null when none runs. */
  specialProcedure: ProcedureClock | null;
  /** One clock per level (`clockLevels`): one for promised items, two for escalated ones, none for instant ones. */
  levels: LevelClock[];
  tolerated: { materialId: string; due: string | null; overdue: boolean }[];
}

/** Options for {@link caseClock}. */
export interface CaseClockOptions {
  /** Yellow when this many days or fewer are left (default 2). */
  yellowThreshold?: number;
  /**
   * Only the figures statistics read (used, limit, left, paused, light, concluded, onTime, early, overdueDays):
   * due dates of the case, its steps and levels, the pending limit, the running 特别程序 and 容缺 dates are
   * not computed (null or empty). About half the time of a full clock.
   */
  summary?: boolean;
}

const STOP_STATES = new Set(['decided', 'denied', 'withdrawn', 'terminated']);

type Interval = [from: string, to: string]; // days in (from, to]

function merge(intervals: readonly Interval[]): Interval[] {
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

function pausedWithin(counter: DayCounter, pauses: readonly Interval[], from: string, to: string): number {
  let n = 0;
  for (const [a, b] of pauses) {
    const lo = a > from ? a : from;
    const hi = b < to ? b : to;
    if (hi > lo) n += counter.between(lo, hi);
  }
  return n;
}

/** The n-th counted day after `start`, moved past the pauses (a fixed point: pauses may push it into more pauses). */
function dueDate(counter: DayCounter, pauses: readonly Interval[], start: string, limit: number): string {
  let due = counter.add(start, limit);
  for (;;) {
    const next = counter.add(start, limit + pausedWithin(counter, pauses, start, due));
    if (next === due) return counter.lastDay(due);
    due = next;
  }
}

/** `dueDate`, or null (with the error kept) when the calendar has no data for it. */
function dueDateOrNull(
  counter: DayCounter,
  pauses: readonly Interval[],
  start: string,
  limit: number,
  errors: EngineError[],
): string | null {
  try {
    return dueDate(counter, pauses, start, limit);
  } catch (error) {
    if (error instanceof EngineFailure && error.code === 'calendar/no-data') {
      errors.push(error.error);
      return null;
    }
    throw error;
  }
}

function lightOf(used: number, limit: number, finished: boolean, threshold: number): Light {
  if (used > limit) return 'red';
  return !finished && limit - used <= threshold ? 'yellow' : 'green';
}

/** Days of a legacy `SUSPEND { kind: 'extension' }` (before EXTEND existed): the item's extension, not a pause. */
function legacyExtensionDays(spec: ServiceItemSpec): number {
  return spec.timeLimit.extension?.days ?? 0;
}

/**
 * The clock of a case as of `now`, computed from its audit log (no timers). Only events at or before `now`
 * count, so a notice regenerated later shows the dates of its own moment. It starts at 受理 and the
 * acceptance day itself does not count (期间开始之日不计算在期间内, 民法典 第二百零一条); it counts working days
 * (行政许可法 第八十二条) or natural days (`timeLimit.unit`; a natural-day period ending on a day off ends on
 * the next working day, 民法典 第二百零三条); it is paused while correcting, while suspended for a 特别程序
 * (第四十五条: the suspension day counts, the resumption day does not) and in stages with `counted: false`;
 * 延长审批 (EXTEND, 第四十二条) adds its days to the limit while the clock runs; it stops at the decision
 * (or withdrawal / termination). Each step and each level (`clockLevels`: the town's 初审+上报 and the
 * superior's decision of an escalated item) has its own due date and light. Throws `EngineFailure`
 * `calendar/no-data` for past dates the calendar does not cover.
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
  const nowTime = Date.parse(now);
  const events: AuditEntry[] = [];
  for (const entry of caseData.events) {
    if (Date.parse(entry.at) > nowTime) break; // the log is in time order
    events.push(entry);
  }
  const promised = spec.timeLimit.promised;
  const unit: DayUnit = spec.timeLimit.unit;
  const counter = dayCounter(unit, calendar);
  const nowDate = calendarDateOf(now);
  const threshold = options.yellowThreshold ?? 2;
  const stateNow = events.at(-1)?.state ?? 'draft';
  const acceptIndex = events.findIndex((e) => e.type === 'ACCEPT' || e.type === 'DEEM_ACCEPT');
  const pending = options.summary ? null : pendingClock(spec, calendar, events, stateNow, nowDate);
  if (acceptIndex < 0) {
    return {
      asOf: nowDate,
      unit,
      started: false,
      acceptedOn: null,
      limit: promised,
      extendedDays: 0,
      deadline: null,
      legalLimit: spec.timeLimit.legal,
      legalDeadline: null,
      used: 0,
      left: promised,
      paused: 0,
      pausedNow: stateNow === 'correcting' ? 'correcting' : null,
      overdueDays: 0,
      concluded: STOP_STATES.has(stateNow) || stateNow === 'rejected',
      concludedOn: null,
      onTime: null,
      early: null,
      light: null,
      steps: [],
      levels: [],
      specialProcedure: null,
      pending,
      tolerated: [],
    };
  }
  const acceptance = events[acceptIndex]!;
  // 视为受理 counts from receipt (行政许可法 第三十二条: 自收到申请材料之日起即为受理).
  const accepted = calendarDateOf(acceptance.type === 'DEEM_ACCEPT' ? acceptance.receivedAt : acceptance.at);
  const stepByState = new Map(caseSteps(spec).map((s) => [s.state, s]));
  // YYYY-MM-DD strings order like dates
  let end = accepted > nowDate ? accepted : nowDate;
  let concludedOn: string | null = null;
  let decided = false;
  let extendedDays = 0;
  let procedure: { kind: SuspensionKind; since: string } | null = null;

  const pauses: Interval[] = [];
  const steps: StepTime[] = [];
  let suspendedSince: string | null = null;
  let uncountedSince: string | null = null;
  let correctingSince: string | null = null;
  let previousState = events[acceptIndex - 1]?.state ?? 'submitted';
  for (let i = acceptIndex; i < events.length; i++) {
    const entry = events[i]!;
    const day = calendarDateOf(entry.at);
    if (entry.type === 'EXTEND') extendedDays += entry.days;
    if (entry.type === 'SUSPEND') {
      if (entry.kind === ('extension' as never)) extendedDays += legacyExtensionDays(spec);
      else {
        procedure = { kind: entry.kind, since: day };
        // A procedure declared `counted: true` runs on the clock; the others stop it (第四十五条).
        if (declaredProcedure(spec, entry.kind)?.counted !== true) suspendedSince ??= day;
      }
    }
    if (entry.type === 'RESUME') procedure = null;
    if (entry.type === 'RESUME' && suspendedSince !== null) {
      pauses.push([suspendedSince, day]);
      suspendedSince = null;
    }
    if (entry.type === 'DECIDE') decided = true;
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
          level: step.kind === 'superior' ? 'superior' : 'local',
          enteredOn: day,
          leftOn: null,
          used: 0,
          overrun: 0,
          due: null,
          light: 'green',
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
  const paused = pausedWithin(counter, merged, accepted, end);
  const used = counter.between(accepted, end) - paused;
  const errors: EngineError[] = [];
  const summary = options.summary === true;
  for (const step of steps) {
    const to = step.leftOn ?? end;
    const raw = counter.between(step.enteredOn, to);
    step.used = step.counted ? raw - pausedWithin(counter, merged, step.enteredOn, to) : raw;
    step.overrun = Math.max(0, step.used - step.days);
    if (!summary)
      step.due = dueDateOrNull(counter, step.counted ? merged : [], step.enteredOn, step.days, errors);
    step.light = lightOf(step.used, step.days, step.leftOn !== null || concludedOn !== null, threshold);
  }
  const specialProcedure =
    procedure && concludedOn === null && !summary
      ? procedureClock(spec, calendar, procedure, nowDate, errors)
      : null;
  const levels = summary
    ? []
    : levelClocks(spec, steps, merged, end, concludedOn !== null, counter, threshold, errors);
  const limit = promised + extendedDays;
  const concluded = concludedOn !== null;
  const decidedNow = concluded && decided;
  const left = limit - used;
  const deadline = summary ? null : dueDateOrNull(counter, merged, accepted, limit, errors);
  const tolerated = summary ? [] : toleratedDueDates(caseData, spec, calendar);
  if (tolerated.some((t) => t.due === null) && errors.length === 0) {
    // A 容缺 due date past the calendar's last year (dates before it would have thrown above).
    errors.push(engineError('calendar/no-data', { year: Math.max(...calendar.years) + 1 }));
  }
  const legalLimit = spec.timeLimit.legal === null ? null : spec.timeLimit.legal + extendedDays;
  const legalDeadline =
    legalLimit === null || summary ? null : dueDateOrNull(counter, merged, accepted, legalLimit, errors);
  return {
    asOf: nowDate,
    unit,
    started: true,
    acceptedOn: accepted,
    limit,
    extendedDays,
    deadline,
    legalLimit,
    legalDeadline,
    used,
    left,
    paused,
    pausedNow,
    overdueDays: Math.max(0, used - limit),
    concluded,
    concludedOn,
    onTime: decidedNow ? used <= limit : null,
    early: decidedNow ? used < limit : null,
    light: lightOf(used, limit, concluded, threshold),
    steps,
    levels,
    specialProcedure,
    pending,
    tolerated: tolerated.map((t) => ({ ...t, overdue: t.due !== null && nowDate > t.due })),
    ...(errors[0] ? { calendarError: errors[0] } : {}),
  };
}

/**
 * One clock per level: the level's time is its steps' visits; the other level's time and the case's
 * pauses do not count for it (上报办理制: the town answers for 初审+上报, the superior for its decision).
 */
function levelClocks(
  spec: ServiceItemSpec,
  steps: readonly StepTime[],
  pauses: readonly Interval[],
  end: string,
  concluded: boolean,
  counter: DayCounter,
  threshold: number,
  errors: EngineError[],
): LevelClock[] {
  return clockLevels(spec).map((level) => {
    const own = steps.filter((step) => step.level === level.id);
    const first = own[0];
    if (!first) {
      return {
        id: level.id,
        limit: level.days,
        startedOn: null,
        endedOn: null,
        used: 0,
        left: level.days,
        overrun: 0,
        due: null,
        light: null,
      };
    }
    const others = steps
      .filter((step) => step.level !== level.id)
      .map((step): Interval => [step.enteredOn, step.leftOn ?? end]);
    const notCounted = merge([...pauses, ...others]);
    const last = own.at(-1)!;
    const finished = concluded || (last.leftOn !== null && steps.at(-1)?.level !== level.id);
    const endedOn = finished ? (concluded && steps.at(-1)?.level === level.id ? end : last.leftOn) : null;
    const to = endedOn ?? end;
    const used =
      counter.between(first.enteredOn, to) - pausedWithin(counter, notCounted, first.enteredOn, to);
    return {
      id: level.id,
      limit: level.days,
      startedOn: first.enteredOn,
      endedOn,
      used,
      left: level.days - used,
      overrun: Math.max(0, used - level.days),
      // A finished level's due date stands as it was when it finished: later time (the other level's) moves nothing.
      due: dueDateOrNull(
        counter,
        endedOn === null
          ? notCounted
          : notCounted.filter(([a]) => a < endedOn).map(([a, b]): Interval => [a, b < endedOn ? b : endedOn]),
        first.enteredOn,
        level.days,
        errors,
      ),
      light: lightOf(used, level.days, finished, threshold),
    };
  });
}

/** A running 特别程序 measured against its declared maximum, in the procedure's own unit (公示 7 天: natural days). */
function procedureClock(
  spec: ServiceItemSpec,
  calendar: WorkCalendar,
  procedure: { kind: SuspensionKind; since: string },
  today: string,
  errors: EngineError[],
): ProcedureClock {
  const declared = declaredProcedure(spec, procedure.kind);
  const unit = declared?.unit ?? 'naturalDays';
  const counter = dayCounter(unit, calendar);
  const maximum = declared?.maximum ?? null;
  const used = counter.between(procedure.since, today);
  return {
    kind: procedure.kind,
    since: procedure.since,
    maximum,
    unit,
    used,
    due: maximum === null ? null : dueDateOrNull(counter, [], procedure.since, maximum, errors),
    overrun: maximum === null ? 0 : Math.max(0, used - maximum),
  };
}

/** The 受理 limit or the 补正 period running as of `today` (from the log up to now), or null. */
function pendingClock(
  spec: ServiceItemSpec,
  calendar: WorkCalendar,
  events: readonly AuditEntry[],
  state: string,
  today: string,
): PendingClock | null {
  let since: string | null = null;
  let kind: PendingClock['kind'] | null = null;
  if (state === 'submitted') {
    let channel: string | undefined;
    for (const entry of events) {
      if (entry.type === 'SUBMIT') channel = entry.channel;
      if ((entry.type === 'SUBMIT' || entry.type === 'RESUBMIT') && startsAcceptanceLimit(channel as never)) {
        since = entry.at;
        kind = 'acceptance';
      }
    }
  } else if (state === 'correcting') {
    for (const entry of events) if (entry.type === 'REQUEST_CORRECTION') since = entry.at;
    kind = 'correction';
  }
  if (since === null || kind === null) return null;
  const start = since;
  const due = unlessNoCalendarData(() =>
    kind === 'acceptance'
      ? acceptanceDueDate(spec, start, calendar)
      : correctionDueDate(spec, start, calendar),
  );
  return { kind, since: calendarDateOf(since), due, overdue: due !== null && today > due };
}
