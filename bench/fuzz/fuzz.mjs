// Fuzzing (not in CI): N mutated specs through validateSpec, the generators (types, compile, flow, paths)
// and the CLI in-process; prints throws, hangs, unlocated diagnostics, the slowest spec and the rate.
// Run `npx tsc -b` first (this imports the built packages), then:
//   node bench/fuzz/fuzz.mjs                      10,000 mutants, seed 1
//   node bench/fuzz/fuzz.mjs --count 100000 --seed 7
//   node bench/fuzz/fuzz.mjs --seed 7 --only 4242 one mutant again (prints its description and findings)
//   node bench/fuzz/fuzz.mjs --from 50000 --count 50000   the second half of a run of 100,000
// Options: --generators-every K (types + compile on every K-th valid mutant; default 100), --cli-every K
// (the CLI on every K-th mutant, and on every byte-level mutant: GBK-like, UTF-16, random bytes; default
// 100), --hang-ms T (a mutant still running after T ms is a hang: the child process running the mutants is
// killed and a new one goes on with the next; default 240,000). A child that crashes (out of memory …) is a
// finding about the mutant it was running, and the run goes on too.
// Mutations (bench/fuzz/mutants.mjs) of examples/specs/*.json and the test fixture: deleted, retyped and
// duplicated keys, huge strings, deep nesting, hostile strings and keys, bad $refs, random JSON Logic, random
// patterns, many keys, duplicated subtrees; and on the text: duplicate key lines, truncation, flipped
// characters, comments, huge arrays, deep brackets. The slowest mutant and every finding are written to
// bench/results/fuzz/. Exit code 1 when anything threw, hung or was unlocated.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mutant } from './mutants.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    from: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'generators-every': { type: 'string', default: '100' },
    'cli-every': { type: 'string', default: '100' },
    'hang-ms': { type: 'string', default: '240000' },
  },
});
const seed = Number(values.seed);
const from = Number(values.only ?? values.from);
const to = values.only === undefined ? from + Number(values.count) : from + 1;
const generatorsEvery = values.only === undefined ? Number(values['generators-every']) : 1;
const cliEvery = values.only === undefined ? Number(values['cli-every']) : 1;
const hangMs = Number(values['hang-ms']);
const resultsDirectory = fileURLToPath(new URL('../results/fuzz/', import.meta.url));

const stats = {
  mutants: 0,
  valid: 0,
  generators: 0,
  cli: 0,
  harnessErrors: 0,
  unlocatedMutants: 0,
  unlocatedCodes: new Map(),
  throws: new Map(), // "stage: error" → { count, first }
  hangs: [],
  times: [],
  slowest: undefined,
};
const findings = [];
const started = performance.now();
let lastReport = started;

function note(record) {
  stats.mutants++;
  if (record.harnessError) {
    stats.harnessErrors++;
    return;
  }
  if (record.valid) stats.valid++;
  if (record.generators) stats.generators++;
  if (record.cli) stats.cli++;
  stats.times.push(record.ms);
  if (!stats.slowest || record.ms > stats.slowest.ms) stats.slowest = record;
  if (record.unlocated > 0) {
    stats.unlocatedMutants++;
    for (const code of record.unlocatedCodes ?? [])
      stats.unlocatedCodes.set(code, (stats.unlocatedCodes.get(code) ?? 0) + 1);
    findings.push({ kind: 'unlocated', record });
  }
  for (const { stage, error } of record.throws) {
    const key = `${stage}: ${error}`;
    const entry = stats.throws.get(key) ?? { count: 0, first: record.index };
    entry.count++;
    stats.throws.set(key, entry);
    findings.push({ kind: 'throw', stage, error, record });
  }
  if (values.only !== undefined) console.log(JSON.stringify(record, null, 2));
  const now = performance.now();
  if (now - lastReport > 60_000) {
    lastReport = now;
    const rate = stats.mutants / ((now - started) / 1000);
    console.log(
      `… ${stats.mutants.toLocaleString('en-US')} mutants, ${rate.toFixed(0)}/s, ${stats.throws.size} kinds of throw, ` +
        `${stats.hangs.length} hangs, ${stats.unlocatedMutants} unlocated (load ${loadavg()[0].toFixed(1)})`,
    );
  }
}

/**
 * Runs mutants [start, to) in a child process; resolves to the index to go on from: `to` when all ran, the
 * next one after a mutant that hung (the child is killed) or crashed the child (out of memory …).
 */
function runChild(start) {
  return new Promise((resolve) => {
    const child = fork(
      fileURLToPath(new URL('./runMutants.mjs', import.meta.url)),
      [JSON.stringify({ seed, from: start, to, generatorsEvery, cliEvery })],
      // The same heap for every mutant, whatever the machine's default; stderr kept for V8's crash report.
      { execArgv: ['--max-old-space-size=2048'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
    );
    let current = start;
    let done = false;
    let stderr = '';
    let timer;
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    const finding = (kind, detail) => {
      let description;
      try {
        description = mutant(seed, current).description;
      } catch (error) {
        description = `(the harness cannot rebuild it here: ${error})`;
      }
      stats.hangs.push(current);
      findings.push({ kind, detail, record: { index: current, description } });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finding('hang', `still running after ${hangMs} ms`);
        child.kill('SIGKILL');
      }, hangMs);
    };
    child.on('message', (message) => {
      if (message.started !== undefined) {
        current = message.started;
        arm();
      } else if (message.record) note(message.record);
      else if (message.done) done = true;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (done) return resolve(to);
      if (signal !== 'SIGKILL') {
        // A crash of the child itself (e.g. V8 out of memory) is a finding about the mutant it was running.
        const reason =
          stderr.split('\n').find((line) => /FATAL|Error/.test(line)) ?? `exit ${code ?? signal}`;
        finding('crash', reason.trim());
      }
      resolve(current + 1);
    });
    arm();
  });
}

console.log(
  `bench/fuzz: mutants ${from.toLocaleString('en-US')}–${(to - 1).toLocaleString('en-US')} of seed ${seed}; ` +
    `generators on every ${generatorsEvery}th valid mutant, the CLI on every ${cliEvery}th and every byte-level one ` +
    `(load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})`,
);
for (let next = from; next < to; ) next = await runChild(next);
const seconds = (performance.now() - started) / 1000;

const sorted = [...stats.times].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
mkdirSync(resultsDirectory, { recursive: true });
const slowest = stats.slowest;
if (slowest) {
  try {
    writeFileSync(
      `${resultsDirectory}slowest-seed${seed}-${slowest.index}.json`,
      mutant(seed, slowest.index).text,
    );
  } catch {
    // the main thread's stack is smaller than the worker's for some deep mutants
  }
}
writeFileSync(
  `${resultsDirectory}findings-seed${seed}.json`,
  JSON.stringify(findings.slice(0, 1_000), null, 2),
);

console.log(`
mutants            ${stats.mutants.toLocaleString('en-US')} (${stats.valid.toLocaleString('en-US')} valid specs; ${stats.harnessErrors} the harness could not build)
generators         toMermaid, flowModel, flowPaths on every valid mutant; types + compile on ${stats.generators.toLocaleString('en-US')}
CLI runs           ${stats.cli.toLocaleString('en-US')} mutants (validate --format json; types, flow, paths, compile when valid)
throws             ${[...stats.throws.values()].reduce((sum, entry) => sum + entry.count, 0)}
hangs / crashes    ${stats.hangs.length}${stats.hangs.length ? ` (mutants ${stats.hangs.slice(0, 10).join(', ')})` : ''}
unlocated          ${stats.unlocatedMutants} mutants${stats.unlocatedCodes.size ? ` (${[...stats.unlocatedCodes].map(([code, n]) => `${code} ×${n}`).join(', ')})` : ''}
validateSpec       median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${at(1).toFixed(0)} ms
slowest            ${slowest ? `mutant ${slowest.index} (${slowest.source}: ${slowest.description}), ${slowest.ms.toFixed(0)} ms, ${slowest.diagnostics ?? '?'} diagnostics` : '-'}
rate               ${(stats.mutants / seconds).toFixed(1)} mutants/s (${seconds.toFixed(0)} s in all, load average ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')})
results            ${resultsDirectory}`);
for (const [key, entry] of stats.throws)
  console.log(`  throw ×${entry.count} (first: mutant ${entry.first}) ${key}`);
process.exit(stats.throws.size || stats.hangs.length || stats.unlocatedMutants ? 1 : 0);
