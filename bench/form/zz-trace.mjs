import { chromium } from 'playwright';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
const server = createServer(async (req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  if (p === '/ow.html') { res.writeHead(200, {'content-type':'text/html'}); return res.end('<!doctype html><body><script type="module" src="/ow.js"></script>'); }
  try { const body = await readFile('/work/main/bench/form/dist' + p); res.writeHead(200, {'content-type':'text/javascript'}); res.end(body); } catch { res.writeHead(404).end(); }
});
await new Promise(r => server.listen(0, r));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless'] });
const page = await b.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/ow.html`);
await page.waitForFunction(() => window.bench);
await page.waitForTimeout(200);
await b.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
console.log(await page.evaluate(() => window.bench.render(500)));
const buf = await b.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents.filter(e => e.dur);
const agg = new Map();
for (const e of events) agg.set(e.name, (agg.get(e.name) || 0) + e.dur);
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close(); server.close();
