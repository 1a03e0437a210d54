import { conditionBoundProblem } from '../conditionBounds.js';
import { specConditions } from '../specConditions.js';
import { error, type Rule } from './Rule.js';

const formatted = (value: number | undefined) =>
  value === undefined ? undefined : value.toLocaleString('en-US');

/**
 * Conditions (materials' `required.when`, the 秒批 rule) stay within CONDITION_LIMITS: nested at most 32 levels, at most 1,000 values, and a
 * static bound on their evaluation cost (fixed and per unit of form data) under the limits. evaluateCondition
 * refuses the same conditions at run time; this rule says so, with a pointer, before a spec is published.
 * Codes: `semantic/condition-too-deep`, `semantic/condition-too-large`, `semantic/condition-too-costly`.
 *
 * @example
 * boundedConditions(spec, (finding) => findings.push(finding));
 */
export const boundedConditions: Rule = (spec, report) => {
  for (const { when, pointer: base } of specConditions(spec)) {
    const problem = conditionBoundProblem(when);
    if (!problem) continue;
    const pointer = `${base}${problem.pointer}`;
    if (problem.kind === 'too-costly') {
      // The pointer names the operation (a key): point at it, as for a forbidden operation.
      report(
        error(
          'semantic/condition-too-costly',
          pointer,
          { growth: problem.growth, cost: formatted(problem.cost), limit: formatted(problem.limit) },
          problem.pointer !== '',
        ),
      );
    } else {
      const code =
        problem.kind === 'too-deep' ? 'semantic/condition-too-deep' : 'semantic/condition-too-large';
      report(error(code, pointer, { limit: formatted(problem.limit) }));
    }
  }
};
