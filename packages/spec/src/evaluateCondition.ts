import jsonLogic from 'json-logic-js';
import { assertConditionAllowed } from './conditionOperations.js';

/** A JSON Logic condition over form data (data, not code). */
export type JsonLogic = Record<string, unknown> | boolean;

/**
 * Evaluates a JSON Logic condition over form data, after checking that it uses only whitelisted operations
 * on literal data paths and stays within CONDITION_LIMITS (depth, size and a static bound on its cost), so
 * that no condition can hang or overflow the stack: otherwise it throws a SpecError (`condition/forbidden-
 * operation`, `condition/forbidden-path`, `condition/computed-path`, `condition/too-deep`,
 * `condition/too-large`, `condition/too-costly`) before evaluating anything. Returns JSON Logic truthiness.
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
