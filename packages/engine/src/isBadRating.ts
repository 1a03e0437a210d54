/**
 * Whether a 好差评 score is a bad rating (4 不满意, 5 非常不满意): it needs a comment and opens a
 * follow-up (整改) on the case.
 *
 * @example
 * isBadRating(4); // true
 * isBadRating(3); // false
 */
export function isBadRating(score: number): boolean {
  return score >= 4;
}
