// The child process of bench/fuzz/fuzz.mjs: runs mutants `from`…`to` of a seed through validateSpec, the
// generators and the CLI, and sends one record per mutant. A process rather than a worker thread, so that a
// mutant that exhausts memory ends only this process (V8 aborts the whole process on some out-of-memory
// paths even in a worker with resource limits). Imports the built packages (run `npx tsc -b`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileFormValidator } from '../../packages/cli/dist/compileFormValidator.js';
import { generateFormDataTypes } from '../../packages/cli/dist/generateFormDataTypes.js';
import { main } from '../../packages/cli/dist/main.js';
import { flowModel, flowPaths, toMermaid } from '../../packages/engine/dist/index.js';
import { validateSpec } from '../../packages/spec/dist/index.js';
import { encode, mutant } from './mutants.mjs';

const { seed, from, to, generatorsEvery, cliEvery } = JSON.parse(process.argv[2]);
/** Sends a message to the driver and waits until it is handed over (so that none is lost on a crash). */
const send = (message) => new Promise((resolve) => process.send(message, resolve));
const directory = mkdtempSync(path.join(os.tmpdir(), 'onewindow-fuzz-'));

const describe = (error) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .split('\n', 1)[0]
    .slice(0, 300);

/** Diagnostics without a line and column ≥ 1. */
const unlocated = (diagnostics) =>
  diagnostics.filter(
    (d) => !(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1),
  );

async function runCli(argv) {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, {
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    cwd: directory,
  });
  return { exitCode, stdout, stderr };
}

async function run(index) {
  const record = { index, throws: [], unlocated: 0, valid: false, ms: 0, generators: false, cli: false };
  let item;
  try {
    item = mutant(seed, index);
  } catch (error) {
    // The harness could not build this mutant (e.g. structuredClone of a deep value): not a finding.
    record.harnessError = describe(error);
    return record;
  }
  record.description = item.description;
  record.source = item.source;
  const lang = index % 10 === 0 ? 'en' : 'zh-CN';
  const started = performance.now();
  let result;
  try {
    result = validateSpec(item.text, { lang });
  } catch (error) {
    record.throws.push({ stage: 'validateSpec', error: describe(error) });
  }
  record.ms = performance.now() - started;
  if (result) {
    record.diagnostics = result.diagnostics.length;
    const missing = unlocated(result.diagnostics);
    record.unlocated = missing.length;
    if (missing.length) record.unlocatedCodes = [...new Set(missing.map((d) => d.code))];
    record.valid = result.ok;
  }
  const stage = async (name, action) => {
    try {
      await action();
    } catch (error) {
      record.throws.push({ stage: name, error: describe(error) });
    }
  };
  if (result?.ok && result.spec) {
    const spec = result.spec;
    await stage('toMermaid', () => toMermaid(spec, { lang }));
    await stage('flowModel', () => flowModel(spec));
    await stage('flowPaths', () => flowPaths(spec));
    if (index % generatorsEvery === 0) {
      record.generators = true;
      await stage('generateFormDataTypes', () => generateFormDataTypes(spec, { source: 'fuzz.json', lang }));
      await stage('compileFormValidator', () =>
        compileFormValidator(spec.form.schema, { banner: '/* fuzz */' }),
      );
    }
  }
  if (item.bytes || index % cliEvery === 0) {
    record.cli = true;
    const file = path.join(directory, `m${index}.json`);
    writeFileSync(file, item.bytes ? encode(item.text, item.bytes, index) : item.text);
    const commands = [['validate', file, '--format', 'json']];
    if (result?.ok) {
      commands.push(['types', file], ['flow', file], ['paths', file]);
      if (record.generators)
        commands.push(['compile', file, '-o', path.join(directory, `m${index}.validate.js`)]);
    }
    for (const argv of commands) {
      await stage(`cli ${argv[0]}`, async () => {
        const { exitCode, stdout, stderr } = await runCli(argv);
        // 0 clean, 1 findings; 2 would mean the file could not be opened, which the harness never causes.
        if (exitCode !== 0 && exitCode !== 1)
          throw new Error(`exit code ${exitCode}: ${stderr.slice(0, 200)}`);
        if (/内部错误|Internal error|file\/internal-error/.test(stdout + stderr)) {
          throw new Error(`internal error reported: ${(stdout + stderr).slice(0, 200)}`);
        }
        if (argv[0] === 'validate') {
          const diagnostics = JSON.parse(stdout);
          const missing = unlocated(diagnostics);
          if (missing.length)
            throw new Error(`unlocated CLI diagnostics: ${missing.map((d) => d.code).join(', ')}`);
        }
      });
    }
    rmSync(file, { force: true });
  }
  return record;
}

try {
  for (let index = from; index < to; index++) {
    await send({ started: index });
    await send({ record: await run(index) });
  }
  await send({ done: true });
} finally {
  rmSync(directory, { recursive: true, force: true });
}
process.disconnect();
