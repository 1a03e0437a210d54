import type { MessageParams } from './specDiagnosticMessages.js';

/** A diagnostic before it is localized and located: code, severity, pointer and message params. */
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  pointer: string;
  params: MessageParams;
  /** Point at the key of the property rather than at its value (unknown keys). */
  atKey?: boolean;
  /** Already located by offset (JSON syntax errors). */
  offset?: number;
}
