import type { ErrorObject } from 'ajv';
import { didYouMean } from './didYouMean.js';
import type { Finding } from './Finding.js';
import { parseJsonPointer, toJsonPointer } from './jsonPointer.js';
import { propertyNamesAt, resolveLocalRef, schemaAt, splitTitle, valueAt } from './schemaNavigation.js';
import { findingsLeftOut } from './specLimits.js';

const TYPE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  string: { 'zh-CN': '文本（字符串）', en: 'a string' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  object: { 'zh-CN': '对象 {…}', en: 'an object {…}' },
  array: { 'zh-CN': '数组 […]', en: 'an array […]' },
  null: { 'zh-CN': 'null（表示没有）', en: 'null (none)' },
};

const typeList = (types: string[], lang: 'zh-CN' | 'en') =>
  types.map((type) => TYPE_NAMES[type]?.[lang] ?? type).join(lang === 'en' ? ' or ' : '或');

const short = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '' : text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** `materials[0]`-style name of the instance at a pointer. */
function fieldName(pointer: string): string {
  const segments = parseJsonPointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return '/';
  if (/^\d+$/.test(last) && segments.length > 1) return `${segments[segments.length - 2]}[${last}]`;
  return last;
}

/** Field name plus its title (zh or en) from the schema. */
function fieldParams(root: unknown, pointer: string): { field: string; title?: string; titleEn?: string } {
  const own = schemaAt(root, pointer);
  const title = splitTitle(own?.title ?? resolveLocalRef(root, own)?.title);
  return { field: fieldName(pointer), title: title?.['zh-CN'], titleEn: title?.en };
}

function enumLabels(root: unknown, pointer: string, allowed: unknown[]): { zh: string; en: string } {
  const schema = resolveLocalRef(root, schemaAt(root, pointer));
  const labels = Array.isArray(schema?.['x-enumLabels']) ? (schema['x-enumLabels'] as unknown[]) : [];
  const zh = allowed.map((value, index) =>
    labels[index] ? `${short(value)}（${String(labels[index])}）` : short(value),
  );
  return { zh: zh.join('、'), en: allowed.map(short).join(', ') };
}

/**
 * Errors that belong to a failed anyOf: those reported just before it at its instance path or below.
 * Of those, `type` errors at the anyOf's own path come from branches the value's type does not fit;
 * whatever remains comes from the branch that fits and says precisely what is wrong.
 */
function collapseAnyOf(errors: ErrorObject[], data: unknown, root: unknown): (ErrorObject | Finding)[] {
  const claimed = new Set<number>();
  const replacements = new Map<number, Finding | null>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    const path = error.instancePath;
    const branchIndexes: number[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const candidate = errors[i] as ErrorObject;
      if (claimed.has(i)) continue;
      if (candidate.instancePath === path || candidate.instancePath.startsWith(`${path}/`))
        branchIndexes.push(i);
      else break;
    }
    // `type` errors at the anyOf's own path are claimed (a Set, not a list: an anyOf may hold thousands).
    let remaining = 0;
    for (const i of branchIndexes) {
      const candidate = errors[i] as ErrorObject;
      if (candidate.instancePath === path && candidate.keyword === 'type') claimed.add(i);
      else remaining++;
    }
    if (remaining > 0) {
      replacements.set(index, null); // the fitting branch's own errors explain the problem
      return;
    }
    const branches = (valueAt(root, error.schemaPath.slice(1)) as unknown[] | undefined) ?? [];
    const types = branches.flatMap((branch) => {
      const type = resolveLocalRef(root, branch)?.type;
      return Array.isArray(type) ? type.map(String) : type === undefined ? [] : [String(type)];
    });
    // In the schema the validator was compiled from, `$ref`s are inlined and each place that refers to
    // LocalizedText carries its very `anyOf` list (inlineLocalRefs shares, never copies, a target without refs).
    const isLocalizedText =
      error.schemaPath.endsWith('/definitions/LocalizedText/anyOf') ||
      (branches.length > 0 && branches === valueAt(root, '/definitions/LocalizedText/anyOf'));
    replacements.set(index, {
      code: isLocalizedText ? 'schema/localized-text' : 'schema/any-of',
      severity: 'error',
      pointer: path,
      params: {
        ...fieldParams(root, path),
        expected: typeList(types, 'zh-CN'),
        expectedEn: typeList(types, 'en'),
        value: short(valueAt(data, path)),
      },
    });
  });
  const out: (ErrorObject | Finding)[] = [];
  errors.forEach((error, index) => {
    if (claimed.has(index)) return;
    if (replacements.has(index)) {
      const replacement = replacements.get(index);
      if (replacement) out.push(replacement);
      return;
    }
    out.push(error);
  });
  return out;
}

function translate(error: ErrorObject, data: unknown, root: unknown): Finding | undefined {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const base = { severity: 'error' as const, pointer: path };
  switch (error.keyword) {
    case 'if':
      return undefined; // "must match then schema": the then-branch error follows on its own
    case 'required': {
      const missing = String(params.missingProperty);
      const child = `${path}${toJsonPointer([missing])}`;
      return { ...base, code: 'schema/required', params: fieldParams(root, child) };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = propertyNamesAt(root, path);
      const pointer = `${path}${toJsonPointer([extra])}`;
      return {
        ...base,
        code: 'schema/additional-property',
        pointer,
        atKey: true,
        params: { field: extra, suggestion: didYouMean(extra, allowed) },
      };
    }
    case 'type': {
      const types = String(params.type).split(',');
      return {
        ...base,
        code: 'schema/type',
        params: {
          ...fieldParams(root, path),
          expected: typeList(types, 'zh-CN'),
          expectedEn: typeList(types, 'en'),
        },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const value = valueAt(data, path);
      const labels = enumLabels(root, path, allowed);
      return {
        ...base,
        code: 'schema/enum',
        params: {
          ...fieldParams(root, path),
          value: short(value),
          allowed: labels.zh,
          allowedEn: labels.en,
          suggestion: typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined,
        },
      };
    }
    case 'const':
      return {
        ...base,
        code: 'schema/const',
        params: { ...fieldParams(root, path), allowed: short(params.allowedValue) },
      };
    case 'pattern':
      return {
        ...base,
        code: 'schema/pattern',
        params: {
          ...fieldParams(root, path),
          value: short(valueAt(data, path)),
          pattern: String(params.pattern),
        },
      };
    case 'format':
      return {
        ...base,
        code: 'schema/format',
        params: { ...fieldParams(root, path), format: String(params.format) },
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties': {
      const code = {
        minLength: 'schema/min-length',
        maxLength: 'schema/max-length',
        minItems: 'schema/min-items',
        maxItems: 'schema/max-items',
        minProperties: 'schema/min-properties',
      }[error.keyword];
      return { ...base, code, params: { ...fieldParams(root, path), limit: Number(params.limit) } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return {
        ...base,
        code: `schema/${error.keyword === 'exclusiveMinimum' ? 'exclusive-minimum' : error.keyword}`,
        params: {
          ...fieldParams(root, path),
          limit: Number(params.limit),
          value: short(valueAt(data, path)),
        },
      };
    case 'uniqueItems':
      // ajv reports the indexes i and j of two equal items (in either order); people count from 1
      return {
        ...base,
        code: 'schema/unique-items',
        params: {
          ...fieldParams(root, path),
          first: Math.min(Number(params.i), Number(params.j)) + 1,
          second: Math.max(Number(params.i), Number(params.j)) + 1,
        },
      };
    default:
      return {
        ...base,
        code: 'schema/invalid',
        params: { ...fieldParams(root, path), detail: `${error.keyword}: ${error.message ?? ''}` },
      };
  }
}

/**
 * Turns ajv's errors for a spec into findings: one per real problem, anyOf noise collapsed,
 * titles from the schema, did-you-mean for unknown keys and enum values. With `limit`, stops translating
 * after that many findings and ends the list with one that counts the errors left (findingsLeftOut):
 * nobody reads the ten-thousandth, and did-you-mean over each costs time.
 *
 * @example
 * const validate = specSchemaValidator();
 * if (!validate(spec)) schemaErrorFindings(validate.errors ?? [], spec, validate.schema);
 */
export function schemaErrorFindings(
  errors: readonly ErrorObject[],
  data: unknown,
  root: unknown,
  options: { limit?: number } = {},
): Finding[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let leftOut = 0;
  for (const item of collapseAnyOf([...errors], data, root)) {
    if (findings.length >= limit) {
      if ('code' in item || item.keyword !== 'if') leftOut++;
      continue;
    }
    const finding = 'code' in item ? item : translate(item, data, root);
    if (!finding) continue;
    const key = `${finding.code}\u0000${finding.pointer}\u0000${JSON.stringify(finding.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  if (leftOut > 0) findings.push(findingsLeftOut(leftOut, 'error'));
  return findings;
}
