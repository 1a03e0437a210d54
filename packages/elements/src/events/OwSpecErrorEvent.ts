/** Detail of `ow-spec-error`: why a `spec-src` could not be used. */
export interface OwSpecErrorDetail {
  /** The address that was fetched. */
  src: string;
  /** A readable message in the element's language. */
  message: string;
}

/**
 * Fired by `<ow-guide>` and `<ow-apply>` when the spec at `spec-src` cannot be fetched,
 * is not JSON, or fails validation.
 *
 * @example
 * el.addEventListener('ow-spec-error', (e) => console.warn(e.detail.src, e.detail.message));
 */
export class OwSpecErrorEvent extends CustomEvent<OwSpecErrorDetail> {
  constructor(detail: OwSpecErrorDetail) {
    super('ow-spec-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-spec-error': OwSpecErrorEvent;
  }
}
