import { calendarDateOf } from './calendarDate.js';
import { caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { followUpDueDate, toleratedDueDates } from './dueDates.js';
import { flowModel } from './flowModel.js';
import { resolveSpecFor, type SpecSource } from './resolveSpecFor.js';
import type { Actor, Case, CaseEvent } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Something a scheduler should send now, and why. */
export interface DueEvent {
  caseId: string;
  reason: 'warning' | 'overdue' | 'toleranceExpired' | 'followUpOverdue';
  /** Ready for `applyEvent` (sent by the system actor, at `now`). */
  event: CaseEvent;
}

/** Options for {@link dueEvents}. */
export interface DueEventsOptions {
  /** The specs the cases run on. */
  specs: SpecSource;
  calendar?: WorkCalendar;
  /** Working days left at which a warning is due (default 2). */
  yellowThreshold?: number;
  /** The scheduler's actor (default `{ id: 'scheduler', role: 'system' }`). */
  actor?: Actor;
}

/**
 * What a scheduler outside the engine should send at `now` (the engine has no timers): a warning when a
 * case nears its deadline (yellow), an overdue notice (red), a TERMINATE when tolerated (容缺) materials
 * are past their deadline, and a notice when a bad rating's follow-up (整改) is overdue. Each notice is
 * due once per deadline: the case records the ones sent. Cases whose spec is not found are skipped.
 *
 * @example
 * for (const due of dueEvents(openCases, new Date().toISOString(), { specs: catalog })) {
 *   const result = applyEvent(load(due.caseId), due.event, { spec });
 * }
 */
export function dueEvents(cases: readonly Case[], now: string, options: DueEventsOptions): DueEvent[] {
  const specFor = resolveSpecFor(options.specs);
  const calendar = options.calendar ?? defaultCalendar();
  const actor: Actor = options.actor ?? { id: 'scheduler', role: 'system' };
  const today = calendarDateOf(now);
  const due: DueEvent[] = [];
  for (const c of cases) {
    const spec = specFor(c);
    if (!spec) continue;
    const state = c.snapshot.value;
    const context = c.snapshot.context;
    const handles = flowModel(spec).states[state]?.on ?? {};
    const notify = (
      reason: DueEvent['reason'],
      notice: 'warning' | 'overdue' | 'followUpOverdue',
      deadline: string,
    ) => {
      if (!handles.NOTIFY || context.notices.includes(`${notice}@${deadline}`)) return;
      due.push({ caseId: c.id, reason, event: { type: 'NOTIFY', actor, at: now, notice, deadline } });
    };
    const expired = toleratedDueDates(c, spec, calendar).filter((t) => t.due !== null && t.due < today);
    if (expired.length > 0 && handles.TERMINATE) {
      const names = expired
        .map((t) => {
          const name = spec.materials.find((m) => m.id === t.materialId)?.name;
          return typeof name === 'string' ? name : (name?.['zh-CN'] ?? t.materialId);
        })
        .join('、');
      due.push({
        caseId: c.id,
        reason: 'toleranceExpired',
        event: { type: 'TERMINATE', actor, at: now, reason: `容缺材料“${names}”逾期未补交` },
      });
      continue;
    }
    const followUp = context.evaluation?.followUp;
    const followUpDue = followUpDueDate(c, calendar);
    if (followUp && followUp.closedAt === null && followUpDue !== null && followUpDue < today) {
      notify('followUpOverdue', 'followUpOverdue', followUpDue);
    }
    if (!state.startsWith('accepted')) continue;
    const clock = caseClock(c, spec, now, calendar, { yellowThreshold: options.yellowThreshold ?? 2 });
    if (!clock.deadline || clock.concluded) continue;
    if (clock.light === 'red') notify('overdue', 'overdue', clock.deadline);
    else if (clock.light === 'yellow') notify('warning', 'warning', clock.deadline);
  }
  return due;
}
