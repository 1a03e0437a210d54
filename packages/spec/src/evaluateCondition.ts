import jsonLogic from 'json-logic-js';
import { assertConditionAllowed } from './conditionOperations.js';

/** A JSON Logic condition over form data (data, not code). */
export type JsonLogic = Record<string, unknown> | boolean;

/**
 * Evaluates a JSON Logic condition over form data, after checking that it uses only whitelisted operations
 * (throws a SpecError with code `condition/forbidden-operation` otherwise). Returns JSON Logic truthiness.
 *
 * @example
 * evaluateCondition({ '==': [{ var: 'applicant.byAgent' }, true] }, { applicant: { byAgent: true } }); // true
 * evaluateCondition({ '>': [{ var: 'household.size' }, 3] }, { household: { size: 2 } });          // false
 */
export function evaluateCondition(logic: JsonLogic, data: unknown): boolean {
  if (typeof logic === 'boolean') return logic;
  assertConditionAllowed(logic);
  return jsonLogic.truthy(jsonLogic.apply(logic as never, (data ?? {}) as never));
}
