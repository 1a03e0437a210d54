import type { ServiceItemSpec } from './serviceItem.generated.js';

/** A user-interface language: Chinese first, English available. */
export type Lang = 'zh-CN' | 'en';

/** One problem found in a spec, pointing at the JSON pointer and at line:column in its source text. */
export interface Diagnostic {
  /** Stable code, e.g. `schema/additional-property`, `semantic/duplicate-material-id`, `json/syntax` (see docs/spec-rules.md). */
  code: string;
  severity: 'error' | 'warning';
  /** zh-CN by default, English with `{ lang: 'en' }`. */
  message: string;
  /** JSON pointer into the spec (`''` = the root). */
  pointer: string;
  /** 1-based line in the source text (for objects: of `JSON.stringify(x, null, 2)`). */
  line: number;
  /** 1-based column (UTF-16 code units) in the source text. */
  column: number;
  /** Set by lintCatalog and the CLI. */
  file?: string;
}

/** What validateSpec returns; `ok` is true when no diagnostic has severity `error`. */
export interface SpecValidationResult {
  ok: boolean;
  spec?: ServiceItemSpec;
  diagnostics: Diagnostic[];
}
