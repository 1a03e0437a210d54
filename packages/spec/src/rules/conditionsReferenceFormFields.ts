import { conditionShapeProblem } from '../conditionBounds.js';
import { conditionFieldReferences } from '../conditionFields.js';
import {
  ALLOWED_CONDITION_OPERATIONS,
  dataPathProblems,
  FORBIDDEN_PATH_SEGMENTS,
  walkCondition,
} from '../conditionOperations.js';
import { didYouMean } from '../didYouMean.js';
import { formFieldExists, formFieldPaths } from '../formFields.js';
import { toJsonPointer } from '../jsonPointer.js';
import { specConditions } from '../specConditions.js';
import { error, type Rule } from './Rule.js';

/**
 * Conditions (materials' `required.when`, the 秒批 rule) use whitelisted operations and reference existing form fields only, by literal paths.
 * Codes: `semantic/condition-forbidden-operation`, `semantic/condition-forbidden-path`,
 * `semantic/condition-computed-path`, `semantic/condition-unknown-field`.
 *
 * @example
 * conditionsReferenceFormFields(spec, (finding) => findings.push(finding));
 */
export const conditionsReferenceFormFields: Rule = (spec, report) => {
  let knownPaths: string[] | undefined;
  for (const { when, pointer: base } of specConditions(spec)) {
    // boundedConditions reports a condition too deep or too large; walking it here would cost its size twice.
    if (conditionShapeProblem(when)) continue;
    for (const node of walkCondition(when)) {
      if (!ALLOWED_CONDITION_OPERATIONS.has(node.operation)) {
        report(
          error(
            'semantic/condition-forbidden-operation',
            `${base}${node.pointer}${toJsonPointer([node.operation])}`,
            { operation: node.operation, allowed: [...ALLOWED_CONDITION_OPERATIONS].join(' ') },
            true,
          ),
        );
      }
      // A computed path cannot be checked against the form (nor for prototype names) before it runs.
      for (const problem of dataPathProblems(node)) {
        if (problem.kind === 'computed-path')
          report(error('semantic/condition-computed-path', `${base}${problem.pointer}`));
      }
    }
    for (const reference of conditionFieldReferences(when)) {
      const pointer = `${base}${reference.pointer}`;
      if (reference.path.split('.').some((segment) => FORBIDDEN_PATH_SEGMENTS.has(segment))) {
        report(error('semantic/condition-forbidden-path', pointer, { path: reference.path }));
      } else if (!formFieldExists(spec.form.schema, reference.path)) {
        knownPaths ??= formFieldPaths(spec.form.schema);
        report(
          error('semantic/condition-unknown-field', pointer, {
            path: reference.path,
            suggestion: didYouMean(reference.path, knownPaths),
          }),
        );
      }
    }
  }
};
