// Same-origin page script for the strict-CSP example: fetches an example spec and hands it to
// the elements registered by dist-bundle/onewindow.min.js. No eval, no inline code, no innerHTML.
const SPEC_URL = new URLSearchParams(location.search).get('spec') ?? '../specs/residence-permit-apply.json';

async function main() {
  const response = await fetch(SPEC_URL);
  const spec = await response.json();
  const form = document.getElementById('form');
  const result = document.getElementById('result');
  form.schema = spec.form.schema;
  form.uiSchema = spec.form.uiSchema ?? {};
  form.addEventListener('ow-submit', (event) => {
    result.textContent = JSON.stringify(event.detail.formData);
  });
  // Every other element that takes a whole spec, once it is registered in the bundle.
  const others = document.getElementById('others');
  for (const tag of ['ow-guide', 'ow-materials', 'ow-apply']) {
    if (!customElements.get(tag)) continue;
    const element = document.createElement(tag);
    element.spec = spec;
    others.append(element);
  }
  if (customElements.get('ow-evaluation')) others.append(document.createElement('ow-evaluation'));
  document.documentElement.dataset.ready = 'true';
}

main().catch((error) => {
  console.error(error);
});
