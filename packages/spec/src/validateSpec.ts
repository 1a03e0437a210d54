import type { Diagnostic, Lang, SpecValidationResult } from './Diagnostic.js';
import type { Finding } from './Finding.js';
import { duplicateKeyFindings, parseStrictJson } from './jsonSyntaxFindings.js';
import { schemaErrorFindings } from './schemaErrorFindings.js';
import { semanticFindings } from './semanticFindings.js';
import type { ServiceItemSpec } from './serviceItem.generated.js';
import { createSourceLocator, type SourcePosition } from './sourceLocator.js';
import { specDiagnosticMessage } from './specDiagnosticMessages.js';
import { findingsLeftOut, jsonValueLimitFinding, SPEC_LIMITS } from './specLimits.js';
import { specSchemaValidator } from './specSchemaValidator.js';

/**
 * At most `limit` findings, errors kept before warnings (each group in its order), and one more that says how
 * many were left out: an error when any left out is an error, so that `ok` stays what it was. Findings that
 * already stand for left-out ones (findingsLeftOut: from schema errors, or a rule stopped early) are added in.
 */
function capFindings(findings: readonly Finding[], limit: number): readonly Finding[] {
  const leftOutEarlier = findings.filter((finding) => finding.code === 'spec/too-many-diagnostics');
  const listed =
    leftOutEarlier.length === 0 ? findings : findings.filter((finding) => !leftOutEarlier.includes(finding));
  if (listed.length <= limit && leftOutEarlier.length === 0) return listed;
  const errors = listed.filter((finding) => finding.severity === 'error').length;
  const keptWarnings = Math.max(0, limit - errors);
  let warningsSeen = 0;
  let errorsSeen = 0;
  const kept = listed.filter((finding) =>
    finding.severity === 'error' ? ++errorsSeen <= limit : ++warningsSeen <= keptWarnings,
  );
  const omittedErrors = errors - Math.min(errors, limit);
  const count = leftOutEarlier.reduce(
    (sum, finding) => sum + Number(finding.params.count),
    listed.length - kept.length,
  );
  const severity =
    omittedErrors > 0 || leftOutEarlier.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
  const leftOut = findingsLeftOut(
    count,
    severity,
    leftOutEarlier.some((finding) => finding.params.atLeast === 'yes'),
  );
  return [...kept, { ...leftOut, params: { ...leftOut.params, limit } }];
}

/**
 * Turns findings into diagnostics: localized messages, line:column in the source text. At most
 * `SPEC_LIMITS.maxDiagnostics` (errors first), then one `spec/too-many-diagnostics` saying how many more.
 * The source text is only built when there is something to locate, and read once for all the findings;
 * when it cannot be built (a value that does not become JSON), diagnostics are placed at 1:1.
 *
 * @example
 * toDiagnostics(findings, () => sourceText, 'zh-CN');
 */
export function toDiagnostics(findings: readonly Finding[], source: () => string, lang: Lang): Diagnostic[] {
  if (findings.length === 0) return [];
  const shown = capFindings(findings, SPEC_LIMITS.maxDiagnostics);
  let positions: SourcePosition[];
  try {
    const locator = createSourceLocator(source());
    const byPointer = locator.locateAll(
      shown.map((finding) => ({ pointer: finding.pointer, key: finding.atKey === true })),
    );
    positions = shown.map((finding, index) =>
      finding.offset !== undefined
        ? locator.positionAt(finding.offset)
        : (byPointer[index] as SourcePosition),
    );
  } catch {
    positions = shown.map(() => ({ line: 1, column: 1 }));
  }
  return shown.map((finding, index) => ({
    code: finding.code,
    severity: finding.severity,
    message: specDiagnosticMessage(finding.code, finding.params, lang),
    pointer: finding.pointer,
    line: positions[index]?.line ?? 1,
    column: positions[index]?.column ?? 1,
  }));
}

/**
 * Finds every problem in an already parsed spec: schema first, semantic rules only when the schema passed.
 * Expects a value within `SPEC_LIMITS` (validateSpec checks them first).
 *
 * @example
 * specFindings(JSON.parse(text)).findings.map((finding) => finding.code);
 */
export function specFindings(value: unknown): { findings: Finding[]; schemaValid: boolean } {
  const validate = specSchemaValidator();
  if (!validate(value)) {
    return {
      // The errors' schema paths refer to the schema the validator was compiled from (refs inlined).
      findings: schemaErrorFindings(validate.errors ?? [], value, validate.schema, {
        limit: SPEC_LIMITS.maxDiagnostics,
      }),
      schemaValid: false,
    };
  }
  return { findings: semanticFindings(value as ServiceItemSpec), schemaValid: true };
}

/** A result with one error placed at the start of the text, for input refused before it was read. */
const refusedAtStart = (finding: Finding, lang: Lang): SpecValidationResult => ({
  ok: false,
  diagnostics: [
    {
      code: finding.code,
      severity: finding.severity,
      message: specDiagnosticMessage(finding.code, finding.params, lang),
      pointer: finding.pointer,
      line: 1,
      column: 1,
    },
  ],
});

/**
 * Validates a ServiceItem spec given as JSON text or as a parsed value: JSON syntax, the JSON Schema,
 * then the semantic rules. Never throws, for any input; every diagnostic has a stable code, a zh-CN
 * (default) or English message, a JSON pointer and a 1-based line:column (for a value: in
 * `JSON.stringify(value, null, 2)`).
 *
 * Every input is held to `SPEC_LIMITS` first, so that the cost stays bounded: at most 5 MiB of text
 * (`json/too-large`, refused before parsing), 256 levels of nesting (`json/too-deep`) and 200,000 values
 * (`json/too-many-values`); a value (not text) that breaks a limit is placed at 1:1, its pointer says where.
 * At most 200 diagnostics are listed, then one that counts the rest (`spec/too-many-diagnostics`).
 * Keys written twice in the text are warned about (`json/duplicate-key`).
 *
 * @example
 * const result = validateSpec(await readFile('dibao-apply.json', 'utf8'));
 * for (const d of result.diagnostics) console.log(`${d.line}:${d.column} ${d.code} ${d.message}`);
 * if (result.ok) startCase(result.spec);
 */
export function validateSpec(input: string | unknown, options: { lang?: Lang } = {}): SpecValidationResult {
  const lang = options.lang ?? 'zh-CN';
  let value: unknown;
  let source: () => string;
  // Findings are appended one by one: `push(...list)` passes the list as arguments, and overflows the stack
  // with a hundred thousand of them.
  let findings: Finding[] = [];
  if (typeof input === 'string') {
    // Editors on Windows may save a byte-order mark; it is not part of the JSON and takes no column.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.length > SPEC_LIMITS.maxLength) {
      const params = { length: text.length, limit: SPEC_LIMITS.maxLength };
      return refusedAtStart({ code: 'json/too-large', severity: 'error', pointer: '', params }, lang);
    }
    const parsed = parseStrictJson(text);
    if (parsed.findings.length > 0)
      return { ok: false, diagnostics: toDiagnostics(parsed.findings, () => text, lang) };
    source = () => text;
    const limitFinding = jsonValueLimitFinding(parsed.value);
    if (limitFinding) return { ok: false, diagnostics: toDiagnostics([limitFinding], source, lang) };
    value = parsed.value;
    findings = duplicateKeyFindings(text);
  } else {
    // Checked before JSON.stringify, which recurses (and overflowed the stack on deep values).
    const limitFinding = jsonValueLimitFinding(input);
    if (limitFinding) return refusedAtStart(limitFinding, lang);
    let text: string | undefined;
    try {
      text = JSON.stringify(input, null, 2);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      const finding: Finding = { code: 'json/not-serializable', severity: 'error', pointer: '', params: {} };
      return refusedAtStart(finding, lang);
    }
    value = input;
    source = () => text;
  }
  try {
    findings = findings.concat(specFindings(value).findings);
  } catch (cause) {
    // Never thrown to the caller: a failing check is a bug, reported as such (the rules each have their own net).
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    findings.push({
      code: 'spec/internal-error',
      severity: 'error',
      pointer: '',
      params: { check: 'schema', detail },
    });
  }
  const diagnostics = toDiagnostics(findings, source, lang);
  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return ok ? { ok, spec: value as ServiceItemSpec, diagnostics } : { ok, diagnostics };
}
