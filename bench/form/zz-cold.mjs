import { chromium } from 'playwright';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
await build({ entryPoints: { ow: '/work/main/bench/form/ow-page.js' }, bundle: true, minify: true, format: 'esm', outdir: '/tmp/owb', conditions: ['@onewindow/source'], define: { 'process.env.NODE_ENV': '"production"' } });
const server = createServer(async (req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  if (p === '/ow.html') { res.writeHead(200, {'content-type':'text/html'}); return res.end('<!doctype html><body><script type="module" src="/ow.js"></script>'); }
  try { const body = await readFile('/tmp/owb' + p); res.writeHead(200, {'content-type':'text/javascript'}); res.end(body); } catch { res.writeHead(404).end(); }
});
await new Promise(r => server.listen(0, r));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless'] });
const cold = [];
for (let i = 0; i < 8; i++) {
  const page = await b.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/ow.html`);
  await page.waitForFunction(() => window.bench);
  await page.waitForTimeout(150);
  cold.push((await page.evaluate(() => window.bench.render(500))).render);
  await page.close();
}
cold.sort((a, b) => a - b);
console.log('cold min', cold[0].toFixed(1), 'q1', cold[2].toFixed(1), 'med', cold[4].toFixed(1));
await b.close(); server.close();
