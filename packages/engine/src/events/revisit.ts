import { engineError } from '../errors.js';
import { allRatings, ratingFor, withFollowUp } from '../ratings.js';
import type { RevisitEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/**
 * 回访: after 整改, the rater is called back and told what was done (反馈给评价人, 国办发〔2019〕51号: 差评
 * 整改反馈). Due by the follow-up's `revisitDue` (the scheduler warns `revisitOverdue` after it).
 */
export const revisit: EventDefinition<RevisitEvent> = {
  roles: ['window', 'approver'],
  label: { 'zh-CN': '回访反馈', en: 'Revisit the rater' },
  // Some closed follow-up awaits its 回访 (allowedEvents shows the button); the one named is checked below.
  precondition: ({ context }) =>
    allRatings(context).some(({ rating }) => rating.followUp?.closedAt && !rating.followUp.revisitedAt)
      ? null
      : engineError('follow-up/no-revisit'),
  check(_spec, context, event) {
    const followUp = ratingFor(context, event.contact)?.followUp;
    if (!followUp?.closedAt || followUp.revisitedAt) return engineError('follow-up/no-revisit');
    return blank(event.feedback) ? engineError('reason/required', { type: 'REVISIT（反馈）' }) : null;
  },
  reduce: (context, event) =>
    withFollowUp(context, event.contact, { revisitedAt: event.at, feedback: event.feedback }),
};
