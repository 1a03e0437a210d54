// `npm start`: build, print the example catalog as a table, then serve the embed demo on localhost.
// No database or service to install: everything is static files served by this process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4173);

if (!process.argv.includes('--no-build')) {
  console.log('构建中 / building (tsc -b, rollup) …');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { validateSpec, localize } = await import('../packages/spec/dist/index.js');
const modeNames = { instant: '即办件', promised: '承诺件', escalated: '上报件' };
const specDir = join(root, 'examples/specs');
const rows = readdirSync(specDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => {
    const result = validateSpec(readFileSync(join(specDir, file), 'utf8'));
    const spec = result.spec;
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    return {
      事项: spec ? localize(spec.name, 'zh-CN') : file,
      部门: spec ? localize(spec.department, 'zh-CN') : '',
      类型: spec ? modeNames[spec.mode] : '',
      // 无法定时限 is `legal: null`; limits count 工作日 or 自然日 (timeLimit.unit)
      '法定/承诺': spec
        ? `${spec.timeLimit.legal ?? '无'}/${spec.timeLimit.promised} ${spec.timeLimit.unit === 'naturalDays' ? '日' : '工作日'}`
        : '',
      材料: spec ? spec.materials.length : '',
      问题: errors + warnings === 0 ? '无' : `${errors} 错误, ${warnings} 警告`,
    };
  });
console.log(`\n示例事项目录 examples/specs (${rows.length} 项)`);
console.table(rows);

const serve = sirv(root, { dev: true, dotfiles: false });
const server = createServer((request, response) => {
  // Browsers ask for it on their own; the demo has none (no 404 in the console).
  if (request.url === '/favicon.ico') {
    response.writeHead(204);
    response.end();
    return;
  }
  if (request.url === '/' || request.url === '/index.html') {
    response.writeHead(302, { location: '/examples/embed/' });
    response.end();
    return;
  }
  // The demo runs under the strict Content-Security-Policy a portal would set.
  response.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'",
  );
  serve(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`\n演示页 / demo: http://localhost:${port}/examples/embed/   (Ctrl+C 停止 / to stop)`);
});
