import { formSchemaPatterns } from '../formSchemaPatterns.js';
import { checkPatternSafety, PATTERN_CHECK_LIMITS } from '../patternSafety.js';
import { error, type Rule } from './Rule.js';

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u'); // as both form validators compile it
    return true;
  } catch {
    return false;
  }
}

/**
 * Every regular expression in the form schema (`pattern` values and `patternProperties` keys, see
 * formSchemaPatterns) runs in linear time: a backtracking pattern such as `^(a+)+$` freezes the applicant's
 * tab and any server that validates the form, on an input of a few dozen characters. JSON Schema patterns
 * search the whole input (no implicit anchors), so a polynomial pattern is refused as well as an exponential
 * one. Decided by recheck (see patternSafety.ts and docs/decisions/0005-redos-checker.md); a pattern it cannot
 * decide within the time limits is refused too, because a spec may come from anyone.
 * Patterns that do not compile are left to usableFormSchema. Codes: `semantic/form-schema-slow-pattern`,
 * `semantic/form-schema-unchecked-pattern`.
 *
 * @example
 * fastFormPatterns(spec, (finding) => findings.push(finding));
 */
export const fastFormPatterns: Rule = (spec, report) => {
  const started = Date.now();
  for (const { source, pointer, atKey } of formSchemaPatterns(spec.form.schema, '/form/schema')) {
    if (!compiles(source)) continue;
    const remaining = PATTERN_CHECK_LIMITS.budgetMs - (Date.now() - started);
    const verdict = checkPatternSafety(source, Math.min(PATTERN_CHECK_LIMITS.timeoutMs, remaining));
    if (verdict.status === 'slow') {
      report(
        error(
          'semantic/form-schema-slow-pattern',
          pointer,
          {
            pattern: source,
            complexity: verdict.complexity,
            degree: verdict.degree,
            attack: verdict.attack,
            hotspot: verdict.hotspot,
          },
          atKey,
        ),
      );
    } else if (verdict.status === 'unchecked') {
      const reason =
        verdict.reason === 'timeout' && remaining < PATTERN_CHECK_LIMITS.timeoutMs
          ? 'budget'
          : verdict.reason;
      report(
        error(
          'semantic/form-schema-unchecked-pattern',
          pointer,
          {
            pattern: source,
            reason,
            detail: verdict.detail,
            seconds:
              (reason === 'budget' ? PATTERN_CHECK_LIMITS.budgetMs : PATTERN_CHECK_LIMITS.timeoutMs) / 1000,
          },
          atKey,
        ),
      );
    }
  }
};
