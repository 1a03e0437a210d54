import { css } from 'lit';

export const owApplyStyles = css`
  ol.stepper {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--ow-space);
    padding: 0;
    margin: 0 0 calc(var(--ow-space) * 2);
    counter-reset: step;
  }
  ol.stepper li {
    counter-increment: step;
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 4px calc(var(--ow-space) * 1.5);
    border-radius: 999px;
    border: 1px solid var(--ow-color-border);
    color: var(--ow-color-muted);
  }
  ol.stepper li::before {
    content: counter(step);
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--ow-color-surface-muted);
    font-size: 0.85em;
  }
  ol.stepper li.done {
    color: var(--ow-color-success);
    border-color: var(--ow-color-success);
  }
  ol.stepper li[aria-current='step'] {
    color: var(--ow-color-on-primary);
    background: var(--ow-color-primary);
    border-color: var(--ow-color-primary);
    font-weight: 600;
  }
  ol.stepper li[aria-current='step']::before {
    background: var(--ow-color-on-primary);
    color: var(--ow-color-primary);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--ow-space);
  }
  h2:focus {
    outline: none;
  }
  .nav {
    display: flex;
    justify-content: space-between;
    gap: var(--ow-space);
    margin-top: calc(var(--ow-space) * 2);
    padding-top: var(--ow-space);
    border-top: 1px solid var(--ow-color-border);
  }
  button {
    font: inherit;
    padding: 0.4em 1.4em;
    border-radius: var(--ow-radius);
    border: 1px solid var(--ow-color-primary);
    background: var(--ow-color-surface);
    color: var(--ow-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--ow-color-primary);
    color: var(--ow-color-on-primary);
  }
  button.link {
    border: none;
    padding: 0 4px;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  .draft {
    border: 1px solid var(--ow-color-primary);
    border-radius: var(--ow-radius);
    padding: calc(var(--ow-space) * 1.5);
    margin-bottom: calc(var(--ow-space) * 2);
  }
  .draft .actions {
    display: flex;
    gap: var(--ow-space);
  }
  section.review {
    margin-bottom: calc(var(--ow-space) * 2);
  }
  section.review h3 {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    font-size: 1.05em;
    margin: var(--ow-space) 0;
    border-bottom: 1px solid var(--ow-color-border);
  }
  dl.review {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 4px calc(var(--ow-space) * 2);
    margin: 0;
  }
  dl.review dt {
    color: var(--ow-color-muted);
  }
  dl.review dd {
    margin: 0;
  }
  .error {
    color: var(--ow-color-danger);
  }
  .done-message {
    border: 1px solid var(--ow-color-success);
    border-radius: var(--ow-radius);
    padding: calc(var(--ow-space) * 2);
    color: var(--ow-color-success);
  }
  .status {
    padding: var(--ow-space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
