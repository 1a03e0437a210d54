import type { ServiceItemSpec } from '@onewindow/spec';
import dibao from './dibao-apply.json' with { type: 'json' };

/** A fresh copy of the 低保 fixture (tests may mutate it). */
export function dibaoSpec(): ServiceItemSpec {
  return structuredClone(dibao) as unknown as ServiceItemSpec;
}
