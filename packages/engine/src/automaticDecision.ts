import { evaluateCondition, type JsonLogic, requiredMaterials } from '@onewindow/spec';
import type { EventFacts } from './checkEvent.js';
import type { EngineContext } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
import type { Case, CaseEvent } from './types.js';

/**
 * 秒批 facts: the item's automatic decision rule (`flow.automaticDecision.when`) over the case's form data, and
 * whether every required material is in (none owed as 容缺). Only for events sent by the system.
 *
 * @example
 * automaticFacts(engine, caseData) // { result: true, materialsComplete: true }
 */
export function automaticFacts(engine: EngineContext, caseData: Case): EventFacts['automatic'] {
  const rule = engine.spec.flow?.automaticDecision;
  if (!rule) return undefined;
  const context = caseData.snapshot.context;
  const required = (engine.requiredMaterials ?? requiredMaterials)(engine.spec, context.formData);
  const have = new Set([...context.materials, ...context.commitments]);
  return {
    result: evaluateCondition(rule.when as JsonLogic, context.formData ?? {}),
    materialsComplete: required.every((m) => have.has(m.id)) && context.tolerated.length === 0,
  };
}

/**
 * Whether the system may act on this case (秒批): the item declares an automatic decision, its rule holds and
 * nothing is owed. Otherwise a person handles the case. Null when it may.
 *
 * @example
 * checkAutomatic(spec, event) // null, or { code: 'automatic/rule-not-met', … }
 */
export function checkAutomatic(
  spec: EngineContext['spec'],
  event: CaseEvent & { facts?: EventFacts },
): EngineError | null {
  if (event.actor.role !== 'system') return null;
  if (!spec.flow?.automaticDecision) return engineError('automatic/not-declared', { type: event.type });
  const facts = event.facts?.automatic;
  if (facts && !facts.result) return engineError('automatic/rule-not-met');
  if (facts && !facts.materialsComplete) return engineError('automatic/materials-incomplete');
  return null;
}
