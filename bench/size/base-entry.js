// What every element stands on, without any element: the flow engine (xstate, holiday data), the
// CSP-safe form validator and lit. bench/size prints it to show how much of the budget is left.

export { css, html, LitElement } from 'lit';
export {
  allowedEvents,
  applyEvent,
  caseClock,
  EVENT_LABELS,
  openCase,
  ROLE_LABELS,
  STATE_LABELS,
} from '../../packages/engine/src/index.ts';
export { createFormValidator, localize, requiredMaterials } from '../../packages/spec/src/index.ts';
