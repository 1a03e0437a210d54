import type { CaseEvent } from '@onewindow/engine';

/** Detail of `ow-action`: the engine event a member of staff (or the applicant) chose to send. */
export interface OwActionDetail {
  event: CaseEvent;
}

/**
 * Fired by `<ow-case>` (and `<ow-timeline>`'s host flows) when a person takes an action on a
 * case. Without `mode="local"` the host applies it (`applyEvent` or its server) and sets
 * `case` back. Cancel it (`preventDefault()`) to stop a local-mode element from applying it.
 *
 * @example
 * el.addEventListener('ow-action', async (e) => { el.case = await api.apply(e.detail.event); });
 */
export class OwActionEvent extends CustomEvent<OwActionDetail> {
  constructor(detail: OwActionDetail) {
    super('ow-action', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-action': OwActionEvent;
  }
}
