import type { Diagnostic, Lang } from './Diagnostic.js';
import type { Finding } from './Finding.js';
import { localize } from './localize.js';
import type { ServiceItemSpec } from './serviceItem.generated.js';
import { toDiagnostics } from './validateSpec.js';

/** One spec of a catalog, with the file it came from and its text (for line:column). */
export interface CatalogEntry {
  spec: ServiceItemSpec;
  file?: string;
  source?: string;
}

interface Seen {
  index: number;
  value: string;
}

/**
 * Checks a catalog (a folder of specs) as a whole: unique item ids, and 同一事项同一编码、名称一致 —
 * one implementation code has one name, one name has one implementation code. Each problem is reported
 * on the later entry and names the earlier one; diagnostics carry `file` and line:column in `source`.
 *
 * @example
 * lintCatalog([
 *   { spec: dibao, file: 'dibao-apply.json', source: dibaoText },
 *   { spec: dibaoCopy, file: 'dibao-copy.json' },
 * ]); // [{ code: 'catalog/duplicate-id', file: 'dibao-copy.json', pointer: '/id', … }]
 */
export function lintCatalog(entries: readonly CatalogEntry[], options: { lang?: Lang } = {}): Diagnostic[] {
  const lang = options.lang ?? 'zh-CN';
  const ids = new Map<string, Seen>();
  const nameByCode = new Map<string, Seen>();
  const codeByName = new Map<string, Seen>();
  const label = (index: number) => entries[index]?.file ?? `#${index + 1}`;
  const diagnostics: Diagnostic[] = [];

  entries.forEach((entry, index) => {
    const findings: Finding[] = [];
    const spec = entry.spec;
    const id = spec?.id;
    const code = spec?.code?.implementation;
    const name = localize(spec?.name, 'zh-CN').trim();

    if (typeof id === 'string') {
      const earlier = ids.get(id);
      if (earlier) findings.push(finding('catalog/duplicate-id', '/id', { id, other: label(earlier.index) }));
      else ids.set(id, { index, value: id });
    }
    if (typeof code === 'string' && name !== '') {
      const earlierName = nameByCode.get(code);
      if (earlierName && earlierName.value !== name) {
        findings.push(
          finding('catalog/code-name-mismatch', '/name', {
            code,
            name,
            otherName: earlierName.value,
            other: label(earlierName.index),
          }),
        );
      } else if (!earlierName) nameByCode.set(code, { index, value: name });

      const earlierCode = codeByName.get(name);
      if (earlierCode && earlierCode.value !== code) {
        findings.push(
          finding('catalog/name-code-mismatch', '/code/implementation', {
            name,
            code,
            otherCode: earlierCode.value,
            other: label(earlierCode.index),
          }),
        );
      } else if (!earlierCode) codeByName.set(name, { index, value: code });
    }

    const source = () => entry.source ?? JSON.stringify(entry.spec, null, 2) ?? '';
    for (const diagnostic of toDiagnostics(findings, source, lang)) {
      diagnostics.push(entry.file === undefined ? diagnostic : { ...diagnostic, file: entry.file });
    }
  });
  return diagnostics;
}

function finding(code: string, pointer: string, params: Finding['params']): Finding {
  return { code, severity: 'error', pointer, params };
}
