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
 * Never throws because of the form data, which the applicant writes. json-logic-js calls methods on the
 * values it is given: `{"indexOf": 1}` on the right of `in` made it throw a TypeError, and so did an object
 * whose own `toString`/`valueOf` are not functions wherever it compares, adds or joins (`==`, `<`, `+`,
 * `cat` …), so an applicant could make SUBMIT throw. A condition that cannot be evaluated on the data is
 * **false**, as a whole (the error is not caught inside `!` to become true): false is JSON Logic's own answer
 * for operands it cannot use (`in` on a number, `some` over a non-array), and such data is never valid form
 * data — the form validator refuses an object where the schema wants a string or a number, and the engine
 * refuses a SUBMIT with form errors. A host that evaluates conditions on data it has not validated gets a
 * condition that does not hold, never an exception.
 *
 * @example
 * evaluateCondition({ '==': [{ var: 'applicant.byAgent' }, true] }, { applicant: { byAgent: true } }); // true
 * evaluateCondition({ '>': [{ var: 'household.size' }, 3] }, { household: { size: 2 } });          // false
 * evaluateCondition({ in: ['a', { var: 'x' }] }, { x: { indexOf: 1 } });                              // false
 */
export function evaluateCondition(logic: JsonLogic, data: unknown): boolean {
  if (typeof logic === 'boolean') return logic;
  assertConditionAllowed(logic);
  try {
    return jsonLogic.truthy(jsonLogic.apply(logic as never, (data ?? {}) as never));
  } catch {
    return false;
  }
}
