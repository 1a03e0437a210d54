// Bench page for <ow-form>: window.bench.render() sets schema/uiSchema/formData on a fresh element.
import '../../packages/elements/src/components/ow-form/ow-form.ts';
import { benchForm } from './schemas.mjs';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let form;
let keyStart = 0;
const keys = [];

window.bench = {
  /** `profile`: wrap the measured span in console.profile (bench/form/profile.mjs reads it over CDP). */
  async render(n, profile = false) {
    const { schema, uiSchema, typedField } = benchForm(n);
    form?.remove();
    form = document.createElement('ow-form');
    document.body.append(form);
    await form.updateComplete;
    if (profile) console.profile('render');
    const t0 = performance.now();
    form.schema = schema;
    form.uiSchema = uiSchema;
    form.formData = {};
    await form.updateComplete;
    const t1 = performance.now();
    if (profile) console.profileEnd('render');
    await frames();
    const t2 = performance.now();
    const inputs = form.shadowRoot.querySelectorAll('input, select, textarea').length;
    window.bench.typedField = typedField;
    return { render: t1 - t0, paint: t2 - t0, inputs };
  },
  /** The id of the control to type into (a selector in the shadow root). */
  typedSelector() {
    return `[name="/${window.bench.typedField}"]`;
  },
  value() {
    return form.formData[window.bench.typedField];
  },
  startKeys() {
    keys.length = 0;
    // t0 = the input event reaching the page (window, capture phase: before any renderer's listener).
    // Measuring from keydown would add the browser's own keydown→input gap (a separate input task).
    window.addEventListener('input', () => (keyStart = performance.now()), true);
    window.addEventListener('input', async () => {
      const t0 = keyStart;
      await form.updateComplete;
      const t1 = performance.now();
      await frames();
      keys.push({ update: t1 - t0, paint: performance.now() - t0 });
    });
  },
  keys: () => keys.slice(),
};
