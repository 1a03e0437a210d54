import type { ServiceItemSpec } from '@onewindow/spec';
import type { EventFacts } from '../checkEvent.js';
import type { EngineContext } from '../engineContext.js';
import type { EngineError } from '../errors.js';
import type { Case, CaseContext, CaseEvent, Role } from '../types.js';

/** A name for people, zh-CN and English. */
export interface Label {
  'zh-CN': string;
  en: string;
}

/** An event on its way into the machine, with the facts `applyEvent` computed for it. */
export type WithFacts<E extends CaseEvent> = E & { facts?: EventFacts };

/** What a precondition sees: the case as it is, and the event's envelope (type, actor, time). */
export interface PreconditionInput<E extends CaseEvent> {
  spec: ServiceItemSpec;
  state: string;
  context: CaseContext;
  event: E;
}

/**
 * Everything the engine knows about one event type, in one module (`events/<type>.ts`): who may send it,
 * what it is called, what must hold before it (preconditions: `allowedEvents` shows its button only then),
 * what its data must be, the outside facts `applyEvent` computes for it, and how it changes the context.
 * The table of all of them is `EVENT_DEFINITIONS`; the compiler checks it names every event type.
 */
export interface EventDefinition<E extends CaseEvent> {
  /** The roles that may send it at all (the state and the current stage narrow this further). */
  roles: readonly Role[];
  label: Label;
  /** Sent in a back-office step by that step's role only (COMPLETE_STAGE, DECIDE …). */
  stageEvent?: boolean;
  /** Refused while a 特别程序 suspends the case. */
  blockedWhileSuspended?: boolean;
  /** Checks the case's context, not the event's data. Null when it may be sent. */
  precondition?(input: PreconditionInput<E>): EngineError | null;
  /** Checks the event's data (reasons, materials, …) and the facts computed for it. Null when fine. */
  check?(spec: ServiceItemSpec, context: CaseContext, event: WithFacts<E>, state: string): EngineError | null;
  /** Outside data the checks and the reduction need (validator, calendar …), computed by `applyEvent`. */
  facts?(engine: EngineContext, caseData: Case, event: E): EventFacts | undefined;
  /** The context after the event (pure, returns new objects). Omitted: the context does not change. */
  reduce?(context: CaseContext, event: WithFacts<E>): CaseContext;
}

/** The definition table type: one entry per event type, each typed for its own event. */
export type EventDefinitions = { [T in CaseEvent['type']]: EventDefinition<Extract<CaseEvent, { type: T }>> };

/** Whether a value is missing or only blanks (reasons, notes). */
export const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Whether a value is an array of strings (material ids). */
export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The ids without repeats, in first-seen order. */
export const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
