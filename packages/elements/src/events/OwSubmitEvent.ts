import type { MaterialsValue } from './OwMaterialsChangeEvent.js';

/** Detail of `ow-submit`: everything the host needs to create the case (办件). */
export interface OwSubmitDetail {
  specId: string;
  specRevision: string;
  formData: Record<string, unknown>;
  materials: MaterialsValue;
}

/**
 * Fired by `<ow-apply>` when the applicant submits (提交) a complete application.
 *
 * @example
 * el.addEventListener('ow-submit', (e) => fetch('/cases', { method: 'POST', body: JSON.stringify(e.detail) }));
 */
export class OwSubmitEvent extends CustomEvent<OwSubmitDetail> {
  constructor(detail: OwSubmitDetail) {
    super('ow-submit', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-submit': OwSubmitEvent;
  }
}
