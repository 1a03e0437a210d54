import type { Finding } from '../Finding.js';
import type { ServiceItemSpec } from '../serviceItem.generated.js';

/** A semantic rule: inspects a schema-valid spec and reports findings. */
export type Rule = (spec: ServiceItemSpec, report: (finding: Finding) => void) => void;

/**
 * An error finding.
 *
 * @example
 * report(error('semantic/instant-has-stages', '/flow/stages'));
 */
export const error = (
  code: string,
  pointer: string,
  params: Finding['params'] = {},
  atKey = false,
): Finding => ({
  code,
  severity: 'error',
  pointer,
  params,
  ...(atKey ? { atKey } : {}),
});
