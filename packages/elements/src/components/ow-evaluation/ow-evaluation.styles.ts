import { css } from 'lit';

export const owEvaluationStyles = css`
  fieldset {
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    padding: calc(var(--ow-space) * 1.5);
    margin: 0 0 var(--ow-space);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--ow-space);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ow-space) calc(var(--ow-space) * 2);
  }
  label.option {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    cursor: pointer;
    min-height: 2.2em;
  }
  input[type='radio'] {
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--ow-color-primary);
  }
  .comment {
    display: grid;
    gap: 4px;
    margin: var(--ow-space) 0;
  }
  textarea {
    font: inherit;
    color: inherit;
    min-height: 5em;
    padding: var(--ow-space);
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
  }
  textarea[aria-invalid='true'] {
    border-color: var(--ow-color-danger);
  }
  .error {
    color: var(--ow-color-danger);
    margin: 0;
  }
  .hint {
    color: var(--ow-color-muted);
    margin: 0;
  }
  button {
    font: inherit;
    padding: 0.4em 1.4em;
    border-radius: var(--ow-radius);
    border: 1px solid var(--ow-color-primary);
    background: var(--ow-color-primary);
    color: var(--ow-color-on-primary);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :is(button, input, textarea):focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  .thanks {
    color: var(--ow-color-success);
    font-weight: 600;
  }
`;
