// Measures validateSpec (@onewindow/spec) on 1,000 specs, cold and warm.
// Run after `npx tsc -b` (imports the built dist/): node bench/validate/validate.bench.mjs
//   cold: a fresh Node process per run — module load, first schema compile (ajv) and 1,000 validations
//   warm: the same process after warm-up — 1,000 validations per round, median of rounds
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distIndex = new URL('../../packages/spec/dist/index.js', import.meta.url).href;
const COUNT = 1000;
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 5);
const WARM_ROUNDS = Number(process.env.WARM_ROUNDS ?? 10);

/** The corpus: the 低保 fixture and every example spec, as text; 1,000 picked round-robin. */
function corpus() {
  const texts = [readFileSync(`${root}packages/spec/test/fixtures/dibao-apply.json`, 'utf8')];
  const examples = `${root}examples/specs/`;
  for (const name of readdirSync(examples)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    texts.push(readFileSync(examples + name, 'utf8'));
  }
  return Array.from({ length: COUNT }, (_, i) => texts[i % texts.length]);
}

/** A spec with a few schema and semantic problems, to time the diagnostics path (locating, messages). */
function invalidText(text) {
  const spec = JSON.parse(text);
  spec.maxVisit = spec.maxVisits; // unknown key
  spec.mode = 'promise'; // enum with did-you-mean
  spec.department = 42; // LocalizedText anyOf collapse
  return JSON.stringify(spec, null, 2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const us = (value) => `${(value * 1000).toFixed(0)} µs`;

if (process.argv[2] === '--cold-child') {
  const start = performance.now();
  const { validateSpec } = await import(distIndex);
  const loaded = performance.now();
  const texts = corpus();
  const readDone = performance.now();
  let firstCall = 0;
  let errors = 0;
  for (let i = 0; i < texts.length; i++) {
    const before = performance.now();
    const result = validateSpec(texts[i]);
    if (i === 0) firstCall = performance.now() - before;
    if (!result.ok) errors++;
  }
  const end = performance.now();
  process.stdout.write(
    JSON.stringify({
      load: loaded - start,
      firstCall,
      validateAll: end - readDone,
      total: end - start - (readDone - loaded),
      errors,
    }),
  );
  process.exit(0);
}

// Cold: fresh processes
const cold = [];
for (let run = 0; run < COLD_RUNS; run++) {
  const processStart = performance.now();
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-child'], {
    encoding: 'utf8',
  });
  cold.push({ ...JSON.parse(output), process: performance.now() - processStart });
}
if (cold.some((run) => run.errors > 0))
  console.warn(`warning: ${cold[0].errors} of the corpus specs have errors`);

// Warm: this process
const { validateSpec } = await import(distIndex);
const texts = corpus();
const objects = texts.map((text) => JSON.parse(text));
const invalid = texts.map(invalidText);
for (let i = 0; i < 3; i++) for (const text of texts) validateSpec(text); // warm-up
const round = (inputs) => {
  const start = performance.now();
  for (const input of inputs) validateSpec(input);
  return performance.now() - start;
};
const warmText = median(Array.from({ length: WARM_ROUNDS }, () => round(texts)));
const warmObject = median(Array.from({ length: WARM_ROUNDS }, () => round(objects)));
const warmInvalid = median(Array.from({ length: WARM_ROUNDS }, () => round(invalid)));
const diagnosticsPerInvalid = validateSpec(invalid[0]).diagnostics.length;

console.log(
  `validateSpec — ${COUNT} specs (${new Set(texts).size} distinct, ${(texts.reduce((n, t) => n + t.length, 0) / COUNT / 1024).toFixed(1)} KiB each on average); Node ${process.version}`,
);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (figures scale with load)`,
);
console.log(`cold (median of ${COLD_RUNS} fresh processes):`);
console.log(`  import @onewindow/spec          ${ms(median(cold.map((r) => r.load)))}`);
console.log(`  first validateSpec (compiles)   ${ms(median(cold.map((r) => r.firstCall)))}`);
console.log(`  1,000 validations incl. first   ${ms(median(cold.map((r) => r.validateAll)))}`);
console.log(`  import + 1,000 validations      ${ms(median(cold.map((r) => r.total)))}`);
console.log(`  whole process (spawn → exit)    ${ms(median(cold.map((r) => r.process)))}`);
console.log(`warm (median of ${WARM_ROUNDS} rounds of 1,000):`);
console.log(`  valid specs, JSON text          ${ms(warmText)}  (${us(warmText / COUNT)} per spec)`);
console.log(`  valid specs, parsed objects     ${ms(warmObject)}  (${us(warmObject / COUNT)} per spec)`);
console.log(
  `  invalid specs (${diagnosticsPerInvalid} diagnostics)  ${ms(warmInvalid)}  (${us(warmInvalid / COUNT)} per spec)`,
);
