import { requiredMaterials } from '@onewindow/spec';
import { automaticFacts, checkAutomatic } from '../automaticDecision.js';
import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { toleranceDueDate, unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import type { AcceptEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/**
 * 受理: the window accepts the application; the clock starts (the day itself does not count). With tolerated
 * materials owed (容缺受理) it needs the applicant's signed 容缺承诺书, and a host's credit check may refuse it.
 */
export const accept: EventDefinition<AcceptEvent> = {
  // the system accepts only 秒批 items (`flow.automaticDecision`), whose rule holds
  roles: ['window', 'system'],
  label: { 'zh-CN': '受理', en: 'Accept' },
  precondition: ({ spec, event }) =>
    event.actor.role === 'system' && !spec.flow?.automaticDecision
      ? engineError('automatic/not-declared', { type: 'ACCEPT' })
      : null,
  check(spec, _context, event) {
    const automatic = checkAutomatic(spec, event);
    if (automatic) return automatic;
    const owed = event.facts?.tolerated ?? [];
    if (owed.length === 0) return null;
    if (event.facts?.creditRefusal !== undefined) {
      return engineError('tolerance/credit-refused', { reason: event.facts.creditRefusal });
    }
    const commitment = event.toleranceCommitment;
    if (typeof commitment !== 'object' || commitment === null || blank(commitment.signedBy)) {
      return engineError('tolerance/commitment-required', { count: owed.length });
    }
    return null;
  },
  facts(engine, caseData, event) {
    const context = caseData.snapshot.context;
    const required = engine.requiredMaterials ?? requiredMaterials;
    const have = new Set([...context.materials, ...context.commitments]);
    const owed = required(engine.spec, context.formData).filter(
      (m) => m.tolerable === true && !have.has(m.id),
    );
    const automatic = event.actor.role === 'system' ? { automatic: automaticFacts(engine, caseData) } : {};
    if (owed.length === 0) return { tolerated: [], ...automatic };
    const accepted = calendarDateOf(event.at);
    const calendar = engine.calendar ?? defaultCalendar();
    const credit = engine.creditCheck?.({
      spec: engine.spec,
      caseData,
      applicantId: context.applicantId,
      materialIds: owed.map((m) => m.id),
    });
    return {
      ...automatic,
      ...(credit && !credit.ok ? { creditRefusal: credit.reason || '信用核查未通过' } : {}),
      tolerated: owed.map((m) => ({
        materialId: m.id,
        due: unlessNoCalendarData(() => toleranceDueDate(engine.spec, accepted, m.id, calendar)),
      })),
    };
  },
  reduce: (context, event) => ({
    ...context,
    tolerated: event.facts?.tolerated ?? [],
    toleranceCommitment:
      (event.facts?.tolerated ?? []).length > 0 && event.toleranceCommitment
        ? { ...event.toleranceCommitment }
        : null,
    acceptedBy: event.actor.id,
  }),
};
