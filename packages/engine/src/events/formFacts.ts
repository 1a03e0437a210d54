import { requiredMaterials } from '@onewindow/spec';
import type { EventFacts } from '../checkEvent.js';
import type { EngineContext } from '../engineContext.js';

/**
 * SUBMIT and RESUBMIT: the validator's errors for the (merged) form data and the materials it requires.
 *
 * @example
 * formFacts(engine, { applicant: { name: '张三' } }).required // ['application', 'idCard']
 */
export function formFacts(engine: EngineContext, formData: unknown): EventFacts {
  const required = engine.requiredMaterials ?? requiredMaterials;
  return {
    ...(engine.validateForm ? { formErrors: engine.validateForm(formData) } : {}),
    required: required(engine.spec, formData).map((m) => m.id),
  };
}
