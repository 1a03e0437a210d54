// Form bench: <ow-form> vs react-jsonschema-form 6 (React 19, validator-ajv8) on generated
// 100/500/1,000-field forms, in Debian Chromium driven by Playwright. Per /work/shared/BENCHMARKING.md:
// first render and keystroke update (the renderer's own work) plus the to-paint figures.
//
//   node bench/form/run.mjs            # all sizes
//   node bench/form/run.mjs 500        # one size
//
// Keystroke figures start at the `input` event (window, capture phase), so they hold the
// renderer's own work only; from `keydown` they would add the browser's keydown→input gap.
// RJSF runs on react-dom's profiling build: <Profiler onRender> marks its commits.

import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = dirname(fileURLToPath(import.meta.url));
// bench/results/ is git-ignored.
const out = join(here, '../results/form-bundles');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const fieldCounts = sizes.length > 0 ? sizes : [100, 500, 1000];
const FRESH_PAGES = 5;
const WARMUP_KEYS = 5;
const KEYS = 40;

await mkdir(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: { ow: join(here, 'ow-page.js'), rjsf: join(here, 'rjsf-page.js') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  conditions: ['@onewindow/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log(`bundles built in ${Date.now() - started} ms`);

const page = (renderer) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${renderer}</title></head>` +
  `<body><script type="module" src="/${renderer}.js"></script></body></html>`;
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/ow.html' || path === '/rjsf.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page(path.slice(1, -5)));
  }
  try {
    const body = await readFile(join(out, path.replace(/^\/+/, '').replace(/\.\./g, '')));
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

async function freshPage(renderer) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/${renderer}.html`);
  await tab.waitForFunction(() => window.bench !== undefined);
  await tab.waitForTimeout(200); // settle
  return { tab, context, errors };
}

async function measure(renderer, n) {
  const renders = [];
  const warmRenders = [];
  let inputs = 0;
  let keyResult;
  for (let round = 0; round < FRESH_PAGES; round++) {
    const { tab, context, errors } = await freshPage(renderer);
    const result = await tab.evaluate((count) => window.bench.render(count), n);
    renders.push(result);
    if (process.env.BENCH_DEBUG)
      console.log(renderer, n, result, errors, `${((Date.now() - started) / 1000).toFixed(1)} s`);
    inputs = result.inputs;
    if (round < FRESH_PAGES - 1) {
      // The same form again in the same page: the renderer's code is now warm (JIT, templates).
      warmRenders.push(await tab.evaluate((count) => window.bench.render(count), n));
    } else {
      // Keystrokes into a text field in the middle, touched first (focus, leave, come back) so
      // that <ow-form>'s live validation runs on every key, as RJSF's liveValidate does.
      const selector = await tab.evaluate(() => window.bench.typedSelector());
      const field = tab.locator(selector);
      await field.click();
      await tab.keyboard.press('Tab');
      await field.click();
      await tab.keyboard.type('张'.repeat(0) + 'a'.repeat(WARMUP_KEYS));
      await tab.evaluate(() => window.bench.startKeys());
      const text = 'abcdefghij'.repeat(KEYS / 10);
      for (const key of text) {
        await tab.keyboard.type(key);
      }
      await tab.waitForTimeout(100);
      const keys = await tab.evaluate(() => window.bench.keys());
      if (process.env.BENCH_DEBUG)
        console.log(renderer, n, 'typed', `${((Date.now() - started) / 1000).toFixed(1)} s`);
      const value = await tab.evaluate(() => window.bench.value());
      const expected = 'a'.repeat(WARMUP_KEYS) + text;
      if (value !== expected)
        throw new Error(`${renderer} ${n}: typed text did not arrive (${JSON.stringify(value)})`);
      if (keys.length !== KEYS)
        throw new Error(`${renderer} ${n}: measured ${keys.length} keys, expected ${KEYS}`);
      if (keys.some((k) => !(k.update >= 0))) throw new Error(`${renderer} ${n}: a key had no commit`);
      keyResult = {
        updateMedian: median(keys.map((k) => k.update)),
        updateP95: p95(keys.map((k) => k.update)),
        keyPaintMedian: median(keys.map((k) => k.paint)),
        keyPaintP95: p95(keys.map((k) => k.paint)),
      };
    }
    if (errors.length > 0) throw new Error(`${renderer} ${n}: page errors: ${errors.join('; ')}`);
    await context.close();
  }
  return {
    inputs,
    renderMedian: median(renders.map((r) => r.render)),
    warmRenderMedian: median(warmRenders.map((r) => r.render)),
    paintMedian: median(renders.map((r) => r.paint)),
    ...keyResult,
  };
}

const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const ratio = (theirs, ours) => `${(theirs / ours).toFixed(1)}×`;
const rows = [];
try {
  console.log(
    `Chromium ${browser.version()}; first render: median of ${FRESH_PAGES} fresh pages; keys: ${KEYS} after ${WARMUP_KEYS} warm-up`,
  );
  for (const n of fieldCounts) {
    const ow = await measure('ow', n);
    const rjsf = await measure('rjsf', n);
    rows.push({ n, ow, rjsf });
    console.log(`\n${n} fields  (inputs rendered: ow-form ${ow.inputs}, RJSF ${rjsf.inputs})`);
    console.log('figure                      ow-form        RJSF           RJSF / ow-form');
    const line = (label, a, b) =>
      console.log(`${label.padEnd(28)}${ms(a).padEnd(15)}${ms(b).padEnd(15)}${ratio(b, a)}`);
    line('first render (own work)', ow.renderMedian, rjsf.renderMedian);
    line('first paint', ow.paintMedian, rjsf.paintMedian);
    line('2nd render, warm code', ow.warmRenderMedian, rjsf.warmRenderMedian);
    line('keystroke update median', ow.updateMedian, rjsf.updateMedian);
    line('keystroke update p95', ow.updateP95, rjsf.updateP95);
    line('keystroke to paint median', ow.keyPaintMedian, rjsf.keyPaintMedian);
    line('keystroke to paint p95', ow.keyPaintP95, rjsf.keyPaintP95);
  }
} finally {
  await browser.close();
  server.close();
}
