// Bench page for react-jsonschema-form 6 (React 19, validator-ajv8, live validation).
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { createElement, Profiler } from 'react';
// The profiling build of react-dom: <Profiler onRender> (our commit signal) is a no-op in plain production.
import { createRoot } from 'react-dom/profiling';
import { benchForm } from './schemas.mjs';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const validator = customizeValidator({
  customFormats: { 'cn-mobile': /^1[3-9]\d{9}$/, 'cn-id-card': /^\d{17}[\dXx]$/ },
});

let lastCommit = 0;
let keyStart = 0;
let formData = {};
let container;
let root;
const keys = [];

window.bench = {
  async render(n) {
    const { schema, uiSchema, typedField } = benchForm(n);
    window.bench.typedField = typedField;
    root?.unmount();
    container?.remove();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await frames();
    const t0 = performance.now();
    let committed;
    const done = new Promise((resolve) => (committed = resolve));
    root.render(
      createElement(
        Profiler,
        {
          id: 'form',
          onRender: () => {
            lastCommit = performance.now();
            committed();
          },
        },
        createElement(Form, {
          schema,
          uiSchema,
          formData: {},
          validator,
          liveValidate: 'onChange',
          showErrorList: false,
          noHtml5Validate: true,
          onChange: (e) => {
            formData = e.formData;
          },
        }),
      ),
    );
    await done;
    await frames();
    const t2 = performance.now();
    const t1 = lastCommit; // the last commit before the paint (follow-up commits are RJSF's work too)
    const inputs = container.querySelectorAll('input, select, textarea').length;
    return { render: t1 - t0, paint: t2 - t0, inputs };
  },
  typedSelector() {
    return `#root_${window.bench.typedField}`;
  },
  value() {
    return formData[window.bench.typedField];
  },
  startKeys() {
    keys.length = 0;
    // t0 = the input event reaching the page (window, capture phase: before any renderer's listener).
    // Measuring from keydown would add the browser's own keydown→input gap (a separate input task).
    window.addEventListener('input', () => (keyStart = performance.now()), true);
    window.addEventListener('input', async () => {
      const t0 = keyStart;
      await frames();
      const t2 = performance.now();
      // The last React commit after the key: React commits input updates synchronously.
      keys.push({ update: lastCommit - t0, paint: t2 - t0 });
    });
  },
  keys: () => keys.slice(),
};
