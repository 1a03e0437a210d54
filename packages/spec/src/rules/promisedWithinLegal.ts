import { error, type Rule } from './Rule.js';
import { unitWords } from './unitWords.js';

/**
 * The promised limit does not exceed the legal limit (none to check when the law sets no limit: `legal: null`).
 * Codes: `semantic/promised-exceeds-legal`.
 *
 * @example
 * promisedWithinLegal(spec, (finding) => findings.push(finding));
 */
export const promisedWithinLegal: Rule = (spec, report) => {
  const { legal, promised } = spec.timeLimit;
  if (legal !== null && promised > legal)
    report(
      error('semantic/promised-exceeds-legal', '/timeLimit/promised', {
        promised,
        legal,
        ...unitWords(spec),
      }),
    );
};
