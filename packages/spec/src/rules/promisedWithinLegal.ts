import { error, type Rule } from './Rule.js';

/**
 * The promised limit does not exceed the legal limit.
 * Codes: `semantic/promised-exceeds-legal`.
 *
 * @example
 * promisedWithinLegal(spec, (finding) => findings.push(finding));
 */
export const promisedWithinLegal: Rule = (spec, report) => {
  const { legal, promised } = spec.timeLimit;
  if (promised > legal)
    report(error('semantic/promised-exceeds-legal', '/timeLimit/promised', { promised, legal }));
};
