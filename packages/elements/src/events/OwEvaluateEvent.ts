/** What `<ow-evaluation>` reports: a 好差评 score (1 非常满意 … 5 非常不满意) and the comment. */
export interface OwEvaluateDetail {
  /** 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意 (GB/T 39046 A.8 order). */
  score: 1 | 2 | 3 | 4 | 5;
  /** The applicant's words; required for 4 and 5 (bad ratings). Empty string when none was given. */
  comment: string;
}

/**
 * Fired by `<ow-evaluation>` when the applicant submits a valid rating.
 *
 * @example
 * el.addEventListener('ow-evaluate', (e) => send({ type: 'EVALUATE', ...e.detail }));
 */
export class OwEvaluateEvent extends CustomEvent<OwEvaluateDetail> {
  constructor(detail: OwEvaluateDetail) {
    super('ow-evaluate', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-evaluate': OwEvaluateEvent;
  }
}
