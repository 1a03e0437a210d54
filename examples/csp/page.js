// Same-origin page script for the strict-CSP example: loads a bundle (a same-origin <script src>,
// allowed by script-src 'self'), fetches an example spec and hands it to the elements the bundle
// registered. No eval, no inline code, no innerHTML.
//   ?bundle=apply  dist-bundle/onewindow-apply.min.js (applicant side) instead of onewindow.min.js
//   ?spec=URL      another spec
const params = new URLSearchParams(location.search);
const SPEC_URL = params.get('spec') ?? '../specs/residence-permit-apply.json';
const BUNDLE = params.get('bundle') === 'apply' ? 'onewindow-apply.min.js' : 'onewindow.min.js';

function loadBundle() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `../../packages/elements/dist-bundle/${BUNDLE}`;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${BUNDLE} did not load: run \`npm run build\``));
    document.head.append(script);
  });
}

async function main() {
  await loadBundle();
  document.title += BUNDLE === 'onewindow.min.js' ? '' : '（申请端脚本）';
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
