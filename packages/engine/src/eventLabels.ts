import { EVENT_DEFINITIONS } from './eventDefinitions.js';
import type { Label } from './events/EventDefinition.js';
import type { CaseEventType } from './types.js';

/** Names of the events for people (zh-CN, en): buttons, timelines, diagrams. From the event definitions. */
export const EVENT_LABELS: Readonly<Record<CaseEventType, Label>> = Object.fromEntries(
  Object.entries(EVENT_DEFINITIONS).map(([type, definition]) => [type, definition.label]),
) as Record<CaseEventType, Label>;
