// Bundle size: every onewindow element (lit, engine, CSP-safe validator inside) as one minified
// single-file bundle, beside react-jsonschema-form 6 + validator-ajv8 + React 19 bundled the same
// way (esbuild, minified, IIFE), gzip via node:zlib. Runs in CI from `npm test`: keep it fast.
//
//   node bench/size/size.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const BUDGET_GZIP = 50 * 1024;

async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    // esbuild drops its default `module` condition once conditions are set: without it, packages
    // such as xstate resolve to their CommonJS build, which does not tree-shake (+11 KB minified).
    conditions: ['@onewindow/source', 'module'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

/** Minified bytes per package (node_modules) or per source folder, largest first. */
function contributors(inputs) {
  const byPart = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const part = file.includes('node_modules/')
      ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : file.replace(/^packages\/([^/]+)\/(src\/)?(components\/[^/]+|[^/]+).*/, '$1/$3');
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
  return [...byPart].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const started = Date.now();
const ours = await bundle(join(repo, 'packages/elements/src/index.ts'));
const peer = await bundle(join(here, 'rjsf-entry.js'));
const applicant = await bundle(join(repo, 'packages/elements/src/applicant.ts'));
const formOnly = await bundle(join(repo, 'packages/elements/src/components/ow-form/ow-form.ts'));
const base = await bundle(join(here, 'base-entry.js'));
const rows = [
  ['all onewindow elements + engine + validator (esbuild)', ours],
  ['applicant side: guide, form, materials, apply (esbuild)', applicant],
  ['<ow-form> alone (lit + validator inside)', formOnly],
  ['no element: engine + form validator + lit (esbuild)', base],
];
for (const file of ['onewindow.min.js', 'onewindow-apply.min.js']) {
  const built = join(repo, 'packages/elements/dist-bundle', file);
  if (!existsSync(built)) continue;
  const code = readFileSync(built);
  rows.push([
    `dist-bundle/${file} (rollup build)`,
    { min: code.length, gzip: gzipSync(code, { level: 9 }).length },
  ]);
}
rows.push(['RJSF 6 + validator-ajv8 + React 19 (esbuild)', peer]);

console.log(`${'bundle'.padEnd(58)}${'min'.padEnd(12)}min+gzip`);
for (const [name, size] of rows) console.log(name.padEnd(58) + kb(size.min).padEnd(12) + kb(size.gzip));
console.log(
  `largest parts of the all-elements bundle (minified): ${contributors(ours.inputs)
    .slice(0, 8)
    .map(([part, bytes]) => `${part} ${kb(bytes)}`)
    .join(', ')}`,
);
const budget = (size) => (size.gzip <= BUDGET_GZIP ? 'within' : `OVER by ${kb(size.gzip - BUDGET_GZIP)}`);
console.log(
  `onewindow is ${(peer.gzip / ours.gzip).toFixed(1)}× smaller than RJSF+React gzipped ` +
    `(applicant side ${(peer.gzip / applicant.gzip).toFixed(1)}×); budget ${kb(BUDGET_GZIP)} min+gzip: ` +
    `all elements ${budget(ours)}, applicant side ${budget(applicant)} (${Date.now() - started} ms)`,
);
