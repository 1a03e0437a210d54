import { format as cfworkerFormats, type OutputUnit, Validator } from '@cfworker/json-schema';
import type { Lang } from './Diagnostic.js';
import type { FormError, FormValidator } from './FormValidator.js';
import { formErrorMessage } from './formErrorMessage.js';
import { formFormats } from './formFormats.js';
import { toJsonPointer } from './jsonPointer.js';

/** Keywords that only wrap the errors of a subschema; the nested errors carry the real problem. */
const WRAPPER_KEYWORDS = new Set([
  '$ref',
  '$recursiveRef',
  'properties',
  'patternProperties',
  'items',
  'additionalItems',
  'prefixItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'allOf',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'contains',
  'false',
]);

/**
 * Replaces @cfworker/json-schema's format checks (a table shared by every cfworker validator in the page)
 * with ours: the same table the compiled validator bundles, each check linear in the value's length
 * (cfworker's own `url` check is exponential: 48 characters took over a minute).
 */
function registerFormats(): void {
  for (const [name, test] of Object.entries(formFormats)) cfworkerFormats[name] = test;
}

/** `#/a/b%20c` (cfworker's URI-encoded pointer) → `/a/b c`. */
function toPointer(instanceLocation: string): string {
  const withoutHash = instanceLocation.startsWith('#') ? instanceLocation.slice(1) : instanceLocation;
  if (withoutHash === '') return '';
  return withoutHash
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Recovers ajv-style params from cfworker's messages (its output units carry only text). */
function paramsFor(
  unit: OutputUnit,
): { keyword: string; params: Record<string, unknown>; child?: string } | null {
  const text = unit.error;
  const quoted = /"([^"]*)"/g;
  const numbers = (text.match(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi) ?? []).map(Number);
  switch (unit.keyword) {
    case 'required': {
      const property = /required property "(.*)"\.$/.exec(text)?.[1] ?? '';
      return { keyword: 'required', params: { missingProperty: property }, child: property };
    }
    case 'dependentRequired':
    case 'dependencies': {
      const match = /^Instance has "(.*)" but does not have "(.*)"\.$/.exec(text);
      if (!match) return null; // schema dependency: its nested errors say what is wrong
      return {
        keyword: 'dependencies',
        params: { property: match[1], missingProperty: match[2] },
        child: match[2],
      };
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return { keyword: unit.keyword, params: { limit: numbers[numbers.length - 1] } };
    case 'minimum':
    case 'maximum': {
      const exclusive = text.includes('or equal to');
      const bound = numbers[numbers.length - 1];
      if (unit.keyword === 'minimum') {
        return exclusive
          ? { keyword: 'exclusiveMinimum', params: { comparison: '>', limit: bound } }
          : { keyword: 'minimum', params: { comparison: '>=', limit: bound } };
      }
      return exclusive
        ? { keyword: 'exclusiveMaximum', params: { comparison: '<', limit: bound } }
        : { keyword: 'maximum', params: { comparison: '<=', limit: bound } };
    }
    case 'exclusiveMinimum':
      return { keyword: 'exclusiveMinimum', params: { comparison: '>', limit: numbers[numbers.length - 1] } };
    case 'exclusiveMaximum':
      return { keyword: 'exclusiveMaximum', params: { comparison: '<', limit: numbers[numbers.length - 1] } };
    case 'multipleOf':
      return { keyword: 'multipleOf', params: { multipleOf: numbers[numbers.length - 1] } };
    case 'format':
      return { keyword: 'format', params: { format: /format "(.*)"\.$/.exec(text)?.[1] ?? '' } };
    case 'type': {
      const expected = /Expected (.*)\.$/.exec(text)?.[1] ?? '';
      const types = [...expected.matchAll(quoted)].map((m) => m[1]);
      return { keyword: 'type', params: { type: types.join(',') } };
    }
    case 'enum': {
      let allowedValues: unknown;
      try {
        allowedValues = JSON.parse(text.replace(/^Instance does not match any of /, '').replace(/\.$/, ''));
      } catch {
        allowedValues = undefined;
      }
      return { keyword: 'enum', params: { allowedValues } };
    }
    case 'const': {
      let allowedValue: unknown;
      try {
        allowedValue = JSON.parse(text.replace(/^Instance does not match /, '').replace(/\.$/, ''));
      } catch {
        allowedValue = undefined;
      }
      return { keyword: 'const', params: { allowedValue } };
    }
    case 'uniqueItems':
      return { keyword: 'uniqueItems', params: { i: numbers[0], j: numbers[1] } };
    case 'additionalProperties': {
      const property = /^Property "(.*)" does not match/.exec(text)?.[1] ?? '';
      return { keyword: 'additionalProperties', params: { additionalProperty: property } };
    }
    default:
      return { keyword: unit.keyword, params: {} };
  }
}

/**
 * Normalises cfworker output units to FormErrors: drops wrapper keywords, keeps only the summary error of a
 * failed anyOf/oneOf (its branches' errors would contradict each other), points `required` at the missing property.
 */
function toFormErrors(units: readonly OutputUnit[], lang: Lang): FormError[] {
  const failedAlternatives = units
    .filter((unit) => unit.keyword === 'anyOf' || unit.keyword === 'oneOf')
    .map((unit) => `${unit.keywordLocation}/`);
  const seen = new Set<string>();
  const errors: FormError[] = [];
  for (const unit of units) {
    if (WRAPPER_KEYWORDS.has(unit.keyword)) continue;
    if (failedAlternatives.some((prefix) => unit.keywordLocation.startsWith(prefix))) continue;
    const normalised = paramsFor(unit);
    if (!normalised) continue;
    const base = toPointer(unit.instanceLocation);
    const pointer = normalised.child === undefined ? base : `${base}${toJsonPointer([normalised.child])}`;
    const key = `${pointer}\u0000${normalised.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({
      pointer,
      keyword: normalised.keyword,
      params: normalised.params,
      message: formErrorMessage(normalised.keyword, normalised.params, lang),
    });
  }
  return errors;
}

/**
 * Form libraries leave `undefined` in their data (an emptied field, a removed branch); JSON has no such value
 * and cfworker throws on it. Treat it as JSON.stringify would: an absent property, or `null` in an array.
 */
function asJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : asJsonValue(item)));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = asJsonValue(item);
    return copy;
  }
  return value;
}

/**
 * Makes a CSP-safe validator for a form's JSON Schema (draft-07): an interpreting validator (no code
 * generation), with the formats of `formFormats` (`cn-id-card`, `cn-mobile`, `date`, `email`, `uri` …, each
 * checked in linear time); errors come back as FormErrors with applicant-facing zh-CN (default) or English
 * messages.
 *
 * @example
 * const validator = createFormValidator({
 *   type: 'object', required: ['mobile'],
 *   properties: { mobile: { type: 'string', format: 'cn-mobile' } },
 * });
 * validator.validate({});                      // [{ pointer: '/mobile', keyword: 'required', message: '请填写此项', … }]
 * validator.validate({ mobile: '13800138000' }); // []
 */
export function createFormValidator(schema: object, options: { lang?: Lang } = {}): FormValidator {
  registerFormats();
  const lang = options.lang ?? 'zh-CN';
  const validator = new Validator(schema as never, '7', false);
  return {
    validate(data: unknown): FormError[] {
      const result = validator.validate(asJsonValue(data));
      return result.valid ? [] : toFormErrors(result.errors, lang);
    },
  };
}
