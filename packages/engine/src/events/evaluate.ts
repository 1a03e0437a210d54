import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import { isBadRating } from '../isBadRating.js';
import { ratingFor } from '../ratings.js';
import type { CaseContext, EvaluateEvent, RatingChannel, ServiceContact } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

const CONTACTS: readonly ServiceContact[] = ['acceptance', 'issue'];
const CHANNELS: readonly RatingChannel[] = ['evaluator', 'online', 'app', 'sms', 'hotline'];
/** States after the outcome, where the case as a whole is rated (一事一评). */
const OUTCOME_STATES = new Set(['delivered', 'archived', 'rejected', 'denied']);
/** States where a contact has happened: 受理 (after acceptance), 出件 (after issue). */
const AFTER_ISSUE = new Set(['issued', 'delivered', 'archived']);
const BEFORE_ACCEPTANCE = new Set(['draft', 'submitted', 'correcting', 'rejected', 'withdrawn']);

/**
 * The ratings an applicant may give now: `undefined` for the case as a whole (一事一评, after the outcome),
 * `acceptance` / `issue` for a service contact (一次一评) that has happened; each only once.
 *
 * @example
 * availableRatings('accepted.review', context) // ['acceptance']
 */
export function availableRatings(state: string, context: CaseContext): (ServiceContact | undefined)[] {
  const out: (ServiceContact | undefined)[] = [];
  if (OUTCOME_STATES.has(state) && !context.evaluation) out.push(undefined);
  if (!BEFORE_ACCEPTANCE.has(state) && !ratingFor(context, 'acceptance')) out.push('acceptance');
  if (AFTER_ISSUE.has(state) && !ratingFor(context, 'issue')) out.push('issue');
  return out;
}

/**
 * 好差评 (GB/T 39734, 国办发〔2019〕51号): 1 非常满意 … 5 非常不满意; 4 and 5 need a reason and open a follow-up
 * (整改 → 回访 → 反馈). 一事一评 rates the case once after its outcome; 一次一评 rates a service contact —
 * 受理 or 出件 at the window (the 评价器) — once each, as soon as it has happened.
 */
export const evaluate: EventDefinition<EvaluateEvent> = {
  roles: ['applicant', 'agent'],
  label: { 'zh-CN': '评价', en: 'Evaluate' },
  // Some rating is possible now (allowedEvents shows the button); which one the event names is checked below.
  precondition: ({ state, context }) =>
    availableRatings(state, context).length > 0 ? null : engineError('evaluation/done'),
  check(_spec, context, event, state) {
    const contact = event.contact;
    if (contact !== undefined && !CONTACTS.includes(contact)) {
      return engineError('event/invalid', { detail: 'contact (acceptance | issue)' });
    }
    if (!availableRatings(state, context).includes(contact)) {
      if (ratingFor(context, contact)) return engineError('evaluation/done');
      const words = contact === 'acceptance' ? '受理' : contact === 'issue' ? '出件' : '办理结果';
      return engineError('evaluation/not-yet', { contact: words });
    }
    if (!Number.isInteger(event.score) || event.score < 1 || event.score > 5) {
      return engineError('evaluation/score', { score: String(event.score) });
    }
    if (event.channel !== undefined && !CHANNELS.includes(event.channel)) {
      return engineError('event/invalid', { detail: `channel (${CHANNELS.join(' | ')})` });
    }
    if (isBadRating(event.score) && blank(event.comment)) return engineError('evaluation/comment-required');
    return null;
  },
  facts(engine, _case, event) {
    if (typeof event.score !== 'number' || !isBadRating(event.score)) return undefined;
    const days = engine.evaluationFollowUpDays ?? 15;
    const calendar = engine.calendar ?? defaultCalendar();
    return {
      followUpDue: unlessNoCalendarData(() => calendar.addWorkingDays(calendarDateOf(event.at), days)),
      followUpDays: days,
    };
  },
  reduce(context, event) {
    const rating = {
      score: event.score,
      at: event.at,
      ...(event.comment ? { comment: event.comment } : {}),
      ...(event.channel ? { channel: event.channel } : {}),
      followUp: isBadRating(event.score)
        ? {
            due: event.facts?.followUpDue ?? null,
            closedAt: null,
            ...(event.facts?.followUpDays !== undefined ? { days: event.facts.followUpDays } : {}),
          }
        : null,
    };
    if (event.contact === undefined) return { ...context, evaluation: rating };
    return {
      ...context,
      contactRatings: [...(context.contactRatings ?? []), { ...rating, contact: event.contact }],
    };
  },
};
