import { css } from 'lit';

export const owCaseStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--ow-space);
    border-bottom: 1px solid var(--ow-color-border);
    padding-bottom: var(--ow-space);
    margin-bottom: var(--ow-space);
  }
  h2 {
    font-size: 1.2em;
    margin: 0;
  }
  .state {
    font-weight: 600;
    font-size: 1.1em;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 4px calc(var(--ow-space) * 2);
    margin: 0 0 var(--ow-space);
  }
  dl.facts dt {
    color: var(--ow-color-muted);
  }
  dl.facts dd {
    margin: 0;
  }
  .light {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
  }
  .light::before {
    content: '';
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--ow-case-light-color, var(--ow-color-muted));
    border: 1px solid rgba(0, 0, 0, 0.3);
  }
  .light[data-light='green'] {
    --ow-case-light-color: var(--ow-case-green, #1e8e3e);
  }
  .light[data-light='yellow'] {
    --ow-case-light-color: var(--ow-case-yellow, #f2b600);
    color: var(--ow-color-warning);
  }
  .light[data-light='red'] {
    --ow-case-light-color: var(--ow-case-red, #d93025);
    color: var(--ow-color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ow-space);
    margin: var(--ow-space) 0;
  }
  button {
    font: inherit;
    padding: 0.35em 1.2em;
    border-radius: var(--ow-radius);
    border: 1px solid var(--ow-color-primary);
    background: var(--ow-color-surface);
    color: var(--ow-color-primary);
    cursor: pointer;
  }
  button.primary,
  button[aria-expanded='true'] {
    background: var(--ow-color-primary);
    color: var(--ow-color-on-primary);
  }
  :is(button, input, select, textarea):focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  form.panel {
    border: 1px solid var(--ow-color-primary);
    border-radius: var(--ow-radius);
    padding: calc(var(--ow-space) * 1.5);
    margin: var(--ow-space) 0;
    display: grid;
    gap: var(--ow-space);
  }
  form.panel h3 {
    margin: 0;
    font-size: 1.05em;
  }
  fieldset {
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    margin: 0;
    padding: var(--ow-space);
  }
  legend {
    padding: 0 4px;
  }
  .checklist {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .checklist li {
    display: grid;
    grid-template-columns: minmax(12em, 1fr) 2fr;
    gap: var(--ow-space);
    align-items: center;
  }
  .field {
    display: grid;
    gap: 2px;
  }
  input[type='text'],
  input[type='number'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    padding: 4px var(--ow-space);
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    background: var(--ow-color-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--ow-color-danger);
  }
  .error {
    color: var(--ow-color-danger);
    margin: 0;
  }
  .refusal {
    border: 1px solid var(--ow-color-danger);
    border-radius: var(--ow-radius);
    padding: var(--ow-space);
    color: var(--ow-color-danger);
  }
  .muted {
    color: var(--ow-color-muted);
  }
  .warning {
    color: var(--ow-color-warning);
    font-weight: 600;
  }
  input[type='number'] {
    max-width: 8em;
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .choice label {
    margin-right: calc(var(--ow-space) * 2);
  }
`;
