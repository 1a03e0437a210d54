import { conditionFieldReferences } from '../conditionFields.js';
import { ALLOWED_CONDITION_OPERATIONS, walkCondition } from '../conditionOperations.js';
import { didYouMean } from '../didYouMean.js';
import { formFieldExists, formFieldPaths } from '../formFields.js';
import { toJsonPointer } from '../jsonPointer.js';
import { error, type Rule } from './Rule.js';

const FORBIDDEN_PATH_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Material conditions use whitelisted operations and reference existing form fields only.
 * Codes: `semantic/condition-forbidden-operation`, `semantic/condition-forbidden-path`, `semantic/condition-unknown-field`.
 *
 * @example
 * conditionsReferenceFormFields(spec, (finding) => findings.push(finding));
 */
export const conditionsReferenceFormFields: Rule = (spec, report) => {
  let knownPaths: string[] | undefined;
  spec.materials.forEach((material, index) => {
    const required = material.required;
    if (typeof required !== 'object' || required === null) return;
    const base = `/materials/${index}/required/when`;
    for (const node of walkCondition(required.when)) {
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
    }
    for (const reference of conditionFieldReferences(required.when)) {
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
  });
};
