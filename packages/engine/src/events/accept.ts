import { requiredMaterials } from '@onewindow/spec';
import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { toleranceDays, unlessNoCalendarData } from '../dueDates.js';
import type { AcceptEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 受理: the window accepts the application; the clock starts (the day itself does not count). */
export const accept: EventDefinition<AcceptEvent> = {
  roles: ['window'],
  label: { 'zh-CN': '受理', en: 'Accept' },
  facts(engine, caseData, event) {
    const context = caseData.snapshot.context;
    const required = engine.requiredMaterials ?? requiredMaterials;
    const have = new Set([...context.materials, ...context.commitments]);
    const owed = required(engine.spec, context.formData).filter(
      (m) => m.tolerable === true && !have.has(m.id),
    );
    if (owed.length === 0) return { tolerated: [] };
    const accepted = calendarDateOf(event.at);
    const calendar = engine.calendar ?? defaultCalendar();
    return {
      tolerated: owed.map((m) => ({
        materialId: m.id,
        due: unlessNoCalendarData(() => calendar.addWorkingDays(accepted, toleranceDays(engine.spec, m.id))),
      })),
    };
  },
  reduce: (context, event) => ({
    ...context,
    tolerated: event.facts?.tolerated ?? [],
    acceptedBy: event.actor.id,
  }),
};
