import type { Lang } from './Diagnostic.js';
import type { AjvStandaloneFunction, FormError, FormValidator } from './FormValidator.js';
import { formErrorMessage } from './formErrorMessage.js';
import { toJsonPointer } from './jsonPointer.js';

/**
 * Adapts an ajv standalone validate function (the module `onewindow compile` writes) to a FormValidator
 * with the same FormError shape and messages as createFormValidator.
 *
 * @example
 * import validatePerson from './validate-person.js';
 * const validator = fromAjvStandalone(validatePerson, { lang: 'en' });
 * validator.validate({}); // [{ pointer: '/name', keyword: 'required', message: 'This field is required', … }]
 */
export function fromAjvStandalone(
  validate: AjvStandaloneFunction,
  options: { lang?: Lang } = {},
): FormValidator {
  const lang = options.lang ?? 'zh-CN';
  return {
    validate(data: unknown): FormError[] {
      if (validate(data)) return [];
      const errors: FormError[] = [];
      const seen = new Set<string>();
      for (const error of validate.errors ?? []) {
        // 'if' only says "must match then schema"; the then-branch error is reported on its own.
        if (error.keyword === 'if') continue;
        const params = error.params ?? {};
        const missing = params.missingProperty;
        const pointsAtChild =
          (error.keyword === 'required' || error.keyword === 'dependencies') && typeof missing === 'string';
        const pointer = pointsAtChild
          ? `${error.instancePath}${toJsonPointer([missing])}`
          : error.instancePath;
        const key = `${pointer}\u0000${error.keyword}`;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push({
          pointer,
          keyword: error.keyword,
          params,
          message: formErrorMessage(error.keyword, params, lang),
        });
      }
      return errors;
    },
  };
}
