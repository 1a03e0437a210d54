import { conditionBoundProblem } from '../conditionBounds.js';
import { error, type Rule } from './Rule.js';

const formatted = (value: number | undefined) =>
  value === undefined ? undefined : value.toLocaleString('en-US');

/**
 * Material conditions stay within CONDITION_LIMITS: nested at most 32 levels, at most 1,000 values, and a
 * static bound on their evaluation cost (fixed and per unit of form data) under the limits. evaluateCondition
 * refuses the same conditions at run time; this rule says so, with a pointer, before a spec is published.
 * Codes: `semantic/condition-too-deep`, `semantic/condition-too-large`, `semantic/condition-too-costly`.
 *
 * @example
 * boundedConditions(spec, (finding) => findings.push(finding));
 */
export const boundedConditions: Rule = (spec, report) => {
  spec.materials.forEach((material, index) => {
    const required = material.required;
    if (typeof required !== 'object' || required === null) return;
    const base = `/materials/${index}/required/when`;
    const problem = conditionBoundProblem(required.when);
    if (!problem) return;
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
  });
};
