import type { CaseContext, FollowUp, Rating, ServiceContact } from './types.js';

/**
 * The rating an event about a follow-up targets: a contact rating (一次一评) or, without `contact`, the case's
 * 一事一评 (`evaluation`).
 *
 * @example
 * ratingFor(context, 'acceptance')?.score // 5
 */
export function ratingFor(context: CaseContext, contact?: ServiceContact): Rating | null {
  if (contact === undefined) return context.evaluation;
  return (context.contactRatings ?? []).find((rating) => rating.contact === contact) ?? null;
}

/**
 * The context with one rating's follow-up changed.
 *
 * @example
 * withFollowUp(context, undefined, { closedAt: at })
 */
export function withFollowUp(
  context: CaseContext,
  contact: ServiceContact | undefined,
  change: Partial<FollowUp>,
): CaseContext {
  const rating = ratingFor(context, contact);
  if (!rating?.followUp) return context;
  const updated: Rating = { ...rating, followUp: { ...rating.followUp, ...change } };
  if (contact === undefined) return { ...context, evaluation: updated };
  return {
    ...context,
    contactRatings: (context.contactRatings ?? []).map((r) =>
      r.contact === contact ? { ...updated, contact } : r,
    ),
  };
}

/** Every rating of a case with its contact (undefined: the 一事一评), for schedulers and statistics. */
export function allRatings(context: CaseContext): { contact: ServiceContact | undefined; rating: Rating }[] {
  return [
    ...(context.evaluation ? [{ contact: undefined, rating: context.evaluation }] : []),
    ...(context.contactRatings ?? []).map((rating) => ({ contact: rating.contact, rating })),
  ];
}
