import type { Case } from '@onewindow/engine';

/** Detail of `ow-case-change`: the case after an event was applied. */
export interface OwCaseChangeDetail {
  case: Case;
}

/**
 * Fired by `<ow-case mode="local">` after it applied an event, with the new case, so a page
 * can keep other views (an `<ow-timeline>`, a list) in step.
 *
 * @example
 * workbench.addEventListener('ow-case-change', (e) => { timeline.case = e.detail.case; });
 */
export class OwCaseChangeEvent extends CustomEvent<OwCaseChangeDetail> {
  constructor(detail: OwCaseChangeDetail) {
    super('ow-case-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-case-change': OwCaseChangeEvent;
  }
}
