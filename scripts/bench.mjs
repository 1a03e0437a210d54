// `npm run bench`: every benchmark, with figures printed (never asserted). Builds first.
// `npm run bench -- form` runs only the named ones (validate, engine, size, form, formats).
import { spawnSync } from 'node:child_process';

const benches = {
  validate: 'node bench/validate/validate.bench.mjs',
  engine: 'node bench/engine/engine.bench.mjs',
  size: 'node bench/size/size.mjs',
  form: 'node bench/form/run.mjs',
  formats: 'node bench/formats/formats.bench.mjs',
};
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(benches);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(', ')} (choose from ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
const run = (command) => spawnSync(command, { stdio: 'inherit', shell: true }).status === 0;
if (!run('npm run build --silent')) process.exit(1);
let failed = 0;
for (const name of chosen) {
  console.log(`\n=== bench/${name} ===`);
  if (!run(benches[name])) failed += 1;
}
process.exit(failed ? 1 : 0);
