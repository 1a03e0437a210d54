import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { followUpDueDateDated } from './dueDates.js';
import type { UndatedCase } from './dueEvents.js';
import { type EngineError, EngineFailure } from './errors.js';
import { resolveSpecFor, type SpecSource } from './resolveSpecFor.js';
import type { Case } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Figures over many cases (按时办结率, 提前办结率, 好差评 …). Rates are 0..1, or null with no cases to rate. */
export interface CaseStatistics {
  total: number;
  /** Cases per state id (`accepted.review`, `archived` …). */
  byState: Record<string, number>;
  /** Cases with a decision (准予 or 不予许可). */
  decided: number;
  /** 按时办结率: decided within the promised limit / decided. */
  onTimeRate: number | null;
  /** 提前办结率: decided before the promised limit / decided (items with a limit > 0 only). */
  earlyRate: number | null;
  /** Average counted working days from 受理 to decision over decided cases. */
  averageWorkingDays: number | null;
  overdue: {
    /** Open cases past their deadline now. */
    open: number;
    /** Decided cases that were late. */
    decidedLate: number;
    /** Working days overdue, summed over both. */
    days: number;
  };
  /** 好差评: count per score (1 非常满意 … 5 非常不满意). */
  evaluations: { total: number; byScore: Record<1 | 2 | 3 | 4 | 5, number>; satisfiedRate: number | null };
  followUps: { open: number; overdue: number };
  /** Cases whose spec was not found. */
  skipped: number;
  /**
   * Cases the calendar could not date at `now` (`calendar/no-data`: a year without holiday data), with the
   * error: left out of the clock figures (or, for an open follow-up, of `followUps.overdue`), counted in the rest.
   */
  undated: UndatedCase[];
}

/** Options for {@link caseStatistics}. */
export interface CaseStatisticsOptions {
  calendar?: WorkCalendar;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/**
 * The spec lookup for a list of specs, remembering the last id and revision: cases of one item come in runs,
 * and building the lookup key for each of 100,000 cases showed in the profile.
 */
function specLookup(specs: SpecSource): (c: Case) => ServiceItemSpec | undefined {
  const specFor = resolveSpecFor(specs);
  if (typeof specs === 'function') return specFor;
  let lastId: string | undefined;
  let lastRevision: string | undefined;
  let lastSpec: ServiceItemSpec | undefined;
  return (c) => {
    if (c.specId !== lastId || c.specRevision !== lastRevision) {
      lastId = c.specId;
      lastRevision = c.specRevision;
      lastSpec = specFor(c);
    }
    return lastSpec;
  };
}

const wasAccepted = (c: Case): boolean => {
  for (const e of c.events) if (e.type === 'ACCEPT' || e.type === 'DEEM_ACCEPT') return true;
  return false;
};

/** Runs a computation for one case; a calendar failure (a year without data …) is returned, not thrown. */
function whenDatable<T>(
  compute: () => T,
): { value: T; error?: undefined } | { value?: undefined; error: EngineError } {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof EngineFailure && error.code.startsWith('calendar/')) return { error: error.error };
    throw error;
  }
}

/**
 * Statistics over many cases at `now`, computed from each case's audit log and its spec's time limit.
 *
 * @example
 * const s = caseStatistics(cases, catalog, '2026-06-30T18:00:00+08:00');
 * s.onTimeRate // 1 (按时办结率 100%)
 */
export function caseStatistics(
  cases: readonly Case[],
  specs: SpecSource,
  now: string,
  options: CaseStatisticsOptions = {},
): CaseStatistics {
  const specFor = specLookup(specs);
  const calendar = options.calendar ?? defaultCalendar();
  const today = calendarDateOf(now);
  const byState: Record<string, number> = {};
  const byScore: Record<1 | 2 | 3 | 4 | 5, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let decided = 0;
  let onTime = 0;
  let early = 0;
  let earlyBase = 0;
  let usedSum = 0;
  let openOverdue = 0;
  let decidedLate = 0;
  let overdueDays = 0;
  let evaluations = 0;
  let followUpsOpen = 0;
  let followUpsOverdue = 0;
  let skipped = 0;
  const undated: UndatedCase[] = [];
  for (const c of cases) {
    const state = c.snapshot.value;
    byState[state] = (byState[state] ?? 0) + 1;
    let undatedError: EngineError | undefined;
    const evaluation = c.snapshot.context.evaluation;
    if (evaluation) {
      evaluations++;
      byScore[evaluation.score]++;
      if (evaluation.followUp && evaluation.followUp.closedAt === null) {
        followUpsOpen++;
        const due = whenDatable(() => followUpDueDateDated(c, calendar));
        const dueDate = due.value?.value ?? null;
        if (dueDate !== null && dueDate < today) followUpsOverdue++;
        undatedError = due.error ?? due.value?.error;
      }
    }
    const spec = specFor(c);
    if (!spec) {
      skipped++;
    } else if (wasAccepted(c)) {
      const dated = whenDatable(() => caseClock(c, spec, now, calendar, { summary: true }));
      const clock = dated.value;
      if (!clock) {
        undatedError = dated.error;
      } else if (clock.onTime !== null) {
        decided++;
        usedSum += clock.used;
        if (clock.onTime) onTime++;
        else decidedLate++;
        if (clock.limit > 0) {
          earlyBase++;
          if (clock.early) early++;
        }
        overdueDays += clock.overdueDays;
      } else if (!clock.concluded && clock.light === 'red') {
        openOverdue++;
        overdueDays += clock.overdueDays;
      }
    }
    if (undatedError) undated.push({ caseId: c.id, error: undatedError });
  }
  const satisfied = byScore[1] + byScore[2] + byScore[3];
  return {
    total: cases.length,
    byState,
    decided,
    onTimeRate: rate(onTime, decided),
    earlyRate: rate(early, earlyBase),
    averageWorkingDays: rate(usedSum, decided),
    overdue: { open: openOverdue, decidedLate, days: overdueDays },
    evaluations: { total: evaluations, byScore, satisfiedRate: rate(satisfied, evaluations) },
    followUps: { open: followUpsOpen, overdue: followUpsOverdue },
    skipped,
    undated,
  };
}
