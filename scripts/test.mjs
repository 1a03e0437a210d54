// `npm test`: build, typecheck, lint, then every Vitest project; ends with the line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (label, command) => {
  console.log(`\n▶ ${label}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  console.log(
    `◀ ${label} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
};

const report = '.vitest-report.json';
rmSync(report, { force: true });
const steps = [
  ['build', 'npm run build --silent'],
  ['typecheck', 'npm run typecheck --silent'],
  ['lint', 'npx biome check .'],
  [
    'generated files fresh',
    'node packages/spec/scripts/gen-types.mjs --check && node packages/engine/scripts/gen-holidays.mjs --check',
  ],
  // Printed on every run (a report, not a gate): the single-file bundle beside RJSF + React.
  ['bundle sizes', 'node bench/size/size.mjs'],
];
let failedSteps = 0;
for (const [label, command] of steps) if (!run(label, command)) failedSteps += 1;
const vitestOk = run(
  'vitest',
  `npx vitest run --reporter=default --reporter=json --outputFile.json=${report} ${process.argv.slice(2).join(' ')}`,
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + (summary.numFailedTestSuites ?? 0);
}
// A failed build, typecheck or lint step counts as a failed test so CI can never read green over it.
failed += failedSteps;
if (!vitestOk && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
