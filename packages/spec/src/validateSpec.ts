import serviceItemSchema from '../service-item.schema.json' with { type: 'json' };
import type { Diagnostic, Lang, SpecValidationResult } from './Diagnostic.js';
import type { Finding } from './Finding.js';
import { parseStrictJson } from './jsonSyntaxFindings.js';
import { schemaErrorFindings } from './schemaErrorFindings.js';
import { semanticFindings } from './semanticFindings.js';
import type { ServiceItemSpec } from './serviceItem.generated.js';
import { createSourceLocator, type SourceLocator } from './sourceLocator.js';
import { specDiagnosticMessage } from './specDiagnosticMessages.js';
import { specSchemaValidator } from './specSchemaValidator.js';

/**
 * Turns findings into diagnostics: localized messages, line:column in the source text.
 * The source text (and its parse tree) is only built when there is something to locate.
 *
 * @example
 * toDiagnostics(findings, () => sourceText, 'zh-CN');
 */
export function toDiagnostics(findings: readonly Finding[], source: () => string, lang: Lang): Diagnostic[] {
  if (findings.length === 0) return [];
  let locator: SourceLocator | undefined;
  return findings.map((finding) => {
    locator ??= createSourceLocator(source());
    const position =
      finding.offset !== undefined
        ? locator.positionAt(finding.offset)
        : locator.locate(finding.pointer, { key: finding.atKey === true });
    return {
      code: finding.code,
      severity: finding.severity,
      message: specDiagnosticMessage(finding.code, finding.params, lang),
      pointer: finding.pointer,
      line: position.line,
      column: position.column,
    };
  });
}

/**
 * Finds every problem in an already parsed spec: schema first, semantic rules only when the schema passed.
 *
 * @example
 * specFindings(JSON.parse(text)).findings.map((finding) => finding.code);
 */
export function specFindings(value: unknown): { findings: Finding[]; schemaValid: boolean } {
  const validate = specSchemaValidator();
  if (!validate(value)) {
    return {
      findings: schemaErrorFindings(validate.errors ?? [], value, serviceItemSchema),
      schemaValid: false,
    };
  }
  return { findings: semanticFindings(value as ServiceItemSpec), schemaValid: true };
}

/**
 * Validates a ServiceItem spec given as JSON text or as a parsed value: JSON syntax, the JSON Schema,
 * then the semantic rules. Never throws; every diagnostic has a stable code, a zh-CN (default) or English
 * message, a JSON pointer and a 1-based line:column (for a value: in `JSON.stringify(value, null, 2)`).
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
  if (typeof input === 'string') {
    // Editors on Windows may save a byte-order mark; it is not part of the JSON and takes no column.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const parsed = parseStrictJson(text);
    if (parsed.findings.length > 0)
      return { ok: false, diagnostics: toDiagnostics(parsed.findings, () => text, lang) };
    value = parsed.value;
    source = () => text;
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(input, null, 2);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      const finding: Finding = { code: 'json/not-serializable', severity: 'error', pointer: '', params: {} };
      return { ok: false, diagnostics: toDiagnostics([finding], () => '', lang) };
    }
    value = input;
    source = () => text;
  }
  const { findings } = specFindings(value);
  const diagnostics = toDiagnostics(findings, source, lang);
  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return ok ? { ok, spec: value as ServiceItemSpec, diagnostics } : { ok, diagnostics };
}
