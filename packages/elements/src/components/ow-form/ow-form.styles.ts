import { css } from 'lit';

/** Styles of `<ow-form>` and of its fields (rendered into its shadow root). */
export const owFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--ow-space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--ow-space) / 2);
    margin: 0 0 calc(var(--ow-space) * 2);
  }
  /* A field off screen is laid out and painted only once scrolled to, so a long form's first paint
     costs what the viewport shows (bench/form: 500 fields 389 → 134 ms; a select alone costs
     Chromium ~2 ms of layout). The containment this brings clips at the field's edge, so the
     focus ring gets a clip margin; a browser without overflow-clip-margin keeps full layout. A host
     renderer whose popups must leave the field (autocomplete lists, pickers) or a portal that wants
     no containment sets --ow-field-content-visibility: visible. */
  @supports (overflow-clip-margin: 1px) {
    .field {
      content-visibility: var(--ow-field-content-visibility, auto);
      /* Height only: the width comes from the form, so a shrink-to-fit host does not jump. */
      contain-intrinsic-block-size: auto 4.5em;
      overflow-clip-margin: 6px;
    }
  }
  fieldset {
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    padding: var(--ow-space) calc(var(--ow-space) * 2);
    margin: 0 0 calc(var(--ow-space) * 2);
    min-width: 0;
  }
  fieldset.choice {
    border: none;
    padding: 0;
  }
  legend,
  .label {
    font-weight: 600;
    color: var(--ow-color-text);
  }
  .required {
    color: var(--ow-color-danger);
    margin-inline-start: 2px;
  }
  .description,
  .help {
    margin: 0;
    color: var(--ow-color-muted);
    font-size: 0.93em;
  }
  .error {
    margin: 0;
    color: var(--ow-color-danger);
    font-size: 0.93em;
  }
  .control {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: var(--ow-form-control-max-width, 32em);
    padding: calc(var(--ow-space) * 0.75) var(--ow-space);
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    background: var(--ow-color-surface);
  }
  .control[aria-invalid='true'] {
    border-color: var(--ow-color-danger);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  .control:disabled,
  .control[readonly] {
    background: var(--ow-color-surface-muted);
  }
  .options {
    display: grid;
    gap: calc(var(--ow-space) / 2);
  }
  .options.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ow-space) calc(var(--ow-space) * 2);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ow-space) / 2);
  }
  .array-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ow-space);
  }
  .array-item-toolbar {
    display: flex;
    gap: calc(var(--ow-space) / 2);
  }
  button {
    font: inherit;
    padding: calc(var(--ow-space) / 2) var(--ow-space);
    border: 1px solid var(--ow-color-border);
    border-radius: var(--ow-radius);
    background: var(--ow-color-surface);
    color: var(--ow-color-text);
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button[type='submit'] {
    background: var(--ow-color-primary);
    border-color: var(--ow-color-primary);
    color: var(--ow-color-on-primary);
    padding: var(--ow-space) calc(var(--ow-space) * 3);
  }
  .summary {
    border: 1px solid var(--ow-color-danger);
    border-radius: var(--ow-radius);
    padding: var(--ow-space);
    color: var(--ow-color-danger);
  }
  .summary:empty {
    display: none;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
`;
