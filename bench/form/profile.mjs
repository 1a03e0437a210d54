// Where <ow-form>'s first render spends its time: Chromium's sampling CPU profiler (CDP
// Profiler.start/stop) around `bench.render(n)` on fresh pages, self time summed by function.
// Only the measured span (schema set → updateComplete) is profiled, through console.profile in
// ow-page.js. The bundle is built unminified here so function names survive.
//
//   node bench/form/profile.mjs            # 500 fields, 3 fresh pages
//   node bench/form/profile.mjs 1000 5     # n fields, pages
//   PROFILE_WARM=1 node bench/form/profile.mjs   # profile the second render in the page

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../results/form-profile');
const n = Number(process.argv[2] ?? 500);
const pages = Number(process.argv[3] ?? 3);
const warm = Boolean(process.env.PROFILE_WARM);

await mkdir(out, { recursive: true });
await build({
  entryPoints: { ow: join(here, 'ow-page.js') },
  bundle: true,
  minify: false,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  conditions: ['@onewindow/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/ow.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module" src="/ow.js"></script></body></html>',
    );
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
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});

const totals = new Map();
let sampled = 0;
const renders = [];
try {
  for (let round = 0; round < pages; round++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/ow.html`);
    await tab.waitForFunction(() => window.bench !== undefined);
    await tab.waitForTimeout(200);
    if (warm) await tab.evaluate((count) => window.bench.render(count), n);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    const result = await tab.evaluate((count) => window.bench.render(count, true), n);
    const { profile } = await finished;
    renders.push(result.render);
    if (round === 0) await writeFile(join(out, `ow-${n}.cpuprofile`), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]);
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').at(-1) || '(native)';
      const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
      const dt = (deltas[i + 1] ?? 0) / 1000;
      totals.set(key, (totals.get(key) ?? 0) + dt);
      sampled += dt;
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${n} fields, ${warm ? 'second (warm) render' : 'first render'}, ${pages} pages`);
console.log(`render (own work) per page: ${renders.map((r) => r.toFixed(1)).join(', ')} ms`);
console.log(`profiled time per page (incl. idle): ${(sampled / pages).toFixed(1)} ms`);
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [key, ms] of rows) console.log(`${(ms / pages).toFixed(2).padStart(8)} ms  ${key}`);
