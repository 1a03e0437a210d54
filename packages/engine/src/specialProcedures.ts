import type { ServiceItemSpec } from '@onewindow/spec';
import type { DayUnit } from './dayCounter.js';
import type { SuspensionKind } from './types.js';

/** A 特别程序 the item declares, with the defaults filled in. */
export interface DeclaredProcedure {
  kind: SuspensionKind;
  name: ServiceItemSpec['name'];
  /** Longest it should take; null when the item gives none. */
  maximum: number | null;
  unit: DayUnit;
  /** false (the default): its time is not counted in the limit (行政许可法 第四十五条). */
  counted: boolean;
}

/**
 * The declared 特别程序 of a kind, or undefined when the item does not declare it (a SUSPEND naming it is
 * refused). Defaults: natural days (公示 7 天), not counted.
 *
 * @example
 * declaredProcedure(dibaoSpec, 'publicNotice') // { kind: 'publicNotice', name: '公示', maximum: 7, unit: 'naturalDays', counted: false }
 */
export function declaredProcedure(spec: ServiceItemSpec, kind: string): DeclaredProcedure | undefined {
  const found = (spec.flow?.specialProcedures ?? []).find((procedure) => procedure.kind === kind);
  if (!found) return undefined;
  return {
    kind: found.kind,
    name: found.name,
    maximum: found.maximum ?? null,
    unit: found.unit ?? 'naturalDays',
    counted: found.counted === true,
  };
}
