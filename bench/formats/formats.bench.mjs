// Measures every string format check against long adversarial inputs (issue 12: an applicant must not be able
// to freeze a form with one field). Run after `npx tsc -b` (imports the built dist/):
//   node bench/formats/formats.bench.mjs [--subjects=a,b] [--cap=ms] [--all]
// For each format and each adversarial family (packages/spec/test/fixtures/adversarialFormatInputs.json:
// prefix + an atom repeated + suffix) at 1,000 / 10,000 / 50,000 characters, it times one validation of
// `{ [format]: value }` against a schema with one `{ type: 'string', format }` property per format, by:
//   onewindow interpreting  createFormValidator (@cfworker/json-schema with our format table)
//   onewindow compiled      the module compileFormValidator writes (ajv standalone with our format table)
//   cfworker                plain @cfworker/json-schema 4.1.6 with its own formats (the peer of the first)
//   ajv-formats             plain ajv 8 + ajv-formats 3 fullFormats (the peer of the second)
// A figure is the best of 3 windows of repetitions (at least 2 ms each) after one cold call; for a check
// slower than 2 ms the best of 3 calls, over 100 ms the best of 2. Each subject runs in a worker thread; a
// check that runs past the cap is stopped and reported as "> cap" (with every longer input of its family).
// The table shows, per format and size, the worst family; super-linear cells (capped, or 15× slower for 5×
// the input; noisy on a loaded machine) are listed below it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rootUrl = new URL('../../', import.meta.url).href;
const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SUBJECTS = option('subjects', 'onewindow interpreting,onewindow compiled,cfworker,ajv-formats')
  .split(',')
  .map((name) => name.trim());
const CAP_MS = Number(option('cap', 2000));
const SIZES = [1_000, 10_000, 50_000];
const SHOW_ALL = process.argv.includes('--all');

const { families } = JSON.parse(
  readFileSync(`${root}packages/spec/test/fixtures/adversarialFormatInputs.json`, 'utf8'),
);

/** Which format names each subject knows (a subject ignores the others, so its figure there means nothing). */
async function knownFormats() {
  const known = {};
  const { format: cfworkerFormats } = await import('@cfworker/json-schema');
  known.cfworker = new Set(Object.keys(cfworkerFormats));
  const { createRequire } = await import('node:module');
  const require = createRequire(`${root}packages/cli/package.json`);
  known['ajv-formats'] = new Set(Object.keys(require('ajv-formats/dist/formats.js').fullFormats));
  if (SUBJECTS.some((subject) => subject.startsWith('onewindow'))) {
    const { formFormats } = await import(`${rootUrl}packages/spec/dist/form.js`);
    known['onewindow interpreting'] = new Set(Object.keys(formFormats));
    known['onewindow compiled'] = known['onewindow interpreting'];
  }
  return known;
}

/** Runs one subject over every (format, family, size) cell, restarting its worker after a capped check. */
async function runSubject(subject, formats, compiledPath) {
  const results = new Map(); // `${cell}:${size}` → ms, or Infinity when capped
  let from = 0;
  while (from < formats.length * families.length) {
    from = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./subjectWorker.mjs', import.meta.url), {
        workerData: {
          subject,
          formats,
          families,
          sizes: SIZES,
          from,
          compiledPath,
          root: rootUrl,
          minMs: 2,
          maxReps: 200,
          capMs: CAP_MS,
        },
      });
      let current = null;
      let timer = null;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // The check in progress ran past the cap: it and every longer input of its family are "> cap".
          for (const size of SIZES.filter((s) => s >= current.size))
            results.set(`${current.cell}:${size}`, Infinity);
          worker.terminate().then(() => resolve(current.cell + 1));
        }, CAP_MS);
      };
      worker.on('message', (message) => {
        if (message.type === 'begin') {
          current = message;
          arm();
        } else if (message.type === 'result') {
          clearTimeout(timer);
          results.set(`${message.cell}:${message.size}`, message.ms);
        } else if (message.type === 'done') {
          clearTimeout(timer);
          worker.terminate().then(() => resolve(formats.length * families.length));
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }
  return results;
}

const known = await knownFormats();
const formats = [...new Set(SUBJECTS.flatMap((subject) => [...known[subject]]))].sort();

let compiledPath;
let scratch;
if (SUBJECTS.includes('onewindow compiled')) {
  const { compileFormValidator } = await import(`${rootUrl}packages/cli/dist/index.js`);
  const schema = {
    type: 'object',
    properties: Object.fromEntries(formats.map((name) => [name, { type: 'string', format: name }])),
  };
  scratch = mkdtempSync(path.join(tmpdir(), 'bench-formats-'));
  compiledPath = path.join(scratch, 'formats.validate.js');
  writeFileSync(compiledPath, await compileFormValidator(schema));
}

console.log(
  `format checks against ${families.length} adversarial families at ${SIZES.map((s) => s.toLocaleString('en')).join(' / ')} characters; ` +
    `cap ${CAP_MS} ms per check; Node ${process.version}`,
);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (figures scale with load)`,
);

const all = {};
for (const subject of SUBJECTS) {
  const started = Date.now();
  all[subject] = await runSubject(subject, formats, compiledPath);
  console.log(`  ${subject}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if (scratch) rmSync(scratch, { recursive: true, force: true });

const figure = (ms) =>
  ms === undefined
    ? '?'
    : ms === Infinity
      ? `> ${CAP_MS / 1000} s`
      : ms >= 100
        ? `${ms.toFixed(0)}`
        : ms.toFixed(ms < 1 ? 3 : 1);

/** The worst family of a format for a subject at a size: its figure and its name. */
function worst(subject, formatIndex, size) {
  let max = -1;
  let family = '';
  for (let f = 0; f < families.length; f++) {
    const ms = all[subject].get(`${formatIndex * families.length + f}:${size}`);
    if (ms !== undefined && ms > max) {
      max = ms;
      family = families[f].name;
    }
  }
  return { ms: max, family };
}

console.log(
  '\nms per check, worst family (1,000 / 10,000 / 50,000 characters); — = format unknown to that validator',
);
const header = ['format', ...SUBJECTS, `worst family at 50,000 (${SUBJECTS[0]})`];
const rows = formats.map((name, index) => [
  name,
  ...SUBJECTS.map((subject) =>
    known[subject].has(name) ? SIZES.map((size) => figure(worst(subject, index, size).ms)).join(' / ') : '—',
  ),
  worst(SUBJECTS[0], index, SIZES.at(-1)).family,
]);
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
for (const row of [header, ...rows])
  console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));

console.log(
  '\nsuper-linear cells (capped, or 50,000 characters ≥ 15× the 10,000 figure and ≥ 1 ms; linear is 5×):',
);
let superLinear = 0;
for (const subject of SUBJECTS) {
  for (const [index, name] of formats.entries()) {
    if (!known[subject].has(name)) continue;
    for (const [f, family] of families.entries()) {
      const [small, middle, large] = SIZES.map((size) =>
        all[subject].get(`${index * families.length + f}:${size}`),
      );
      const bad = large === Infinity || (large >= 1 && large >= 15 * middle);
      if (bad || SHOW_ALL) {
        if (bad) superLinear++;
        console.log(
          `  ${subject}  ${name}  ${family.name}: ${[small, middle, large].map(figure).join(' / ')} ms`,
        );
      }
    }
  }
}
if (!superLinear) console.log('  none');
