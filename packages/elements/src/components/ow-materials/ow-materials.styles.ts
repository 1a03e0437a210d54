import { css } from 'lit';

export const owMaterialsStyles = css`
  ul.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--ow-space) * 1.5);
  }
  fieldset.material {
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    padding: calc(var(--ow-space) * 1.5);
    margin: 0;
  }
  fieldset.material.invalid {
    border-color: var(--ow-color-danger);
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-left: var(--ow-space);
    font-weight: normal;
  }
  .tag {
    font-size: 0.85em;
    border: 1px solid var(--ow-color-border);
    border-radius: 999px;
    padding: 0 0.6em;
    color: var(--ow-color-muted);
  }
  .status {
    margin: 4px 0;
  }
  .status[data-status='missing'] {
    color: var(--ow-color-warning);
  }
  .status[data-status='uploaded'],
  .status[data-status='eLicense'] {
    color: var(--ow-color-success);
  }
  .hint {
    color: var(--ow-color-muted);
    margin: 4px 0;
    font-size: 0.9em;
  }
  fieldset.choice {
    border: none;
    margin: var(--ow-space) 0;
    padding: 0;
  }
  fieldset.choice legend {
    font-weight: normal;
    color: var(--ow-color-muted);
    padding: 0;
  }
  fieldset.choice label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-right: calc(var(--ow-space) * 2);
    min-height: 2em;
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ow-space);
    margin: var(--ow-space) 0;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  ul.files {
    margin: 4px 0;
    padding-left: 1.2em;
  }
  ul.files li {
    display: flex;
    align-items: center;
    gap: var(--ow-space);
  }
  .links {
    display: flex;
    gap: calc(var(--ow-space) * 2);
    margin: 4px 0;
  }
  a {
    color: var(--ow-color-primary);
  }
  .error {
    color: var(--ow-color-danger);
    margin: 4px 0;
  }
  .summary {
    border: 1px solid var(--ow-color-danger);
    border-radius: var(--ow-radius);
    padding: var(--ow-space);
    color: var(--ow-color-danger);
    margin-bottom: var(--ow-space);
  }
  button {
    font: inherit;
    font-size: 0.9em;
    padding: 0 0.8em;
    border-radius: var(--ow-radius);
    border: 1px solid var(--ow-color-border);
    background: var(--ow-color-surface);
    color: var(--ow-color-text);
    cursor: pointer;
  }
  :is(button, input, a):focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  .empty {
    color: var(--ow-color-muted);
  }
`;
