import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import adversarial from './fixtures/adversarialFormatInputs.json' with { type: 'json' };

/** A family of adversarial strings: `prefix + atom × k + suffix`, valid-looking atoms and then a wrong end. */
export interface AdversarialFamily {
  name: string;
  prefix: string;
  atom: string;
  suffix: string;
}

/** The families of fixtures/adversarialFormatInputs.json (shared with bench/formats). */
export const adversarialFamilies: readonly AdversarialFamily[] = adversarial.families;

/** The family's string of about `length` characters (at least one atom). */
export function adversarialInput(family: AdversarialFamily, length: number): string {
  const atoms = Math.ceil((length - family.prefix.length - family.suffix.length) / family.atom.length);
  return family.prefix + family.atom.repeat(Math.max(1, atoms)) + family.suffix;
}

/** What the worker runs around the check module: every (format, family) in turn, announcing each first. */
const LOOP = `
import { parentPort, workerData } from 'node:worker_threads';
import { check } from 'onewindow:check';
const { formats, families, length } = workerData;
let checks = 0;
for (const format of formats) {
  for (const family of families) {
    const atoms = Math.ceil((length - family.prefix.length - family.suffix.length) / family.atom.length);
    const value = family.prefix + family.atom.repeat(Math.max(1, atoms)) + family.suffix;
    parentPort.postMessage({ format, family: family.name });
    check(format, value);
    checks++;
  }
}
parentPort.postMessage({ done: true, checks });
`;

export type WorkerRun = { finished: true; checks: number } | { finished: false; stuckAt: string };

/**
 * Runs `check(format, value)` for every format on every adversarial family at `length` characters, in a
 * worker thread that is terminated when one check takes longer than `perCheckMs` or the whole batch longer
 * than `totalMs`. The limits are hang detectors, hundreds of times what a linear check needs, not
 * performance assertions (bench/formats measures): a backtracking check takes seconds to hours here.
 *
 * `checkModule` is the source of an ES module exporting `check(format: string, value: string)`; it is
 * bundled with esbuild (TypeScript sources welcome) from `resolveDir`, so the worker needs no build.
 *
 * @example
 * const run = await runFormatChecksInWorker({
 *   checkModule: `import { formFormats } from './src/formFormats.ts';
 *     export const check = (format, value) => formFormats[format]?.(value);`,
 *   resolveDir: packageDirectory, formats: ['url'], length: 50_000, perCheckMs: 1_000, totalMs: 10_000,
 * });
 * // { finished: true, checks: 62 } or { finished: false, stuckAt: 'url × url-host-space' }
 */
export async function runFormatChecksInWorker(options: {
  checkModule: string;
  resolveDir: string;
  formats: readonly string[];
  length: number;
  perCheckMs: number;
  totalMs: number;
}): Promise<WorkerRun> {
  const bundle = await build({
    stdin: { contents: LOOP, resolveDir: options.resolveDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@onewindow/source'],
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'check-module',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^onewindow:check$/ }, (args) => ({
            path: args.path,
            namespace: 'check',
          }));
          pluginBuild.onLoad({ filter: /.*/, namespace: 'check' }, () => ({
            contents: options.checkModule,
            loader: 'ts',
            resolveDir: options.resolveDir,
          }));
        },
      },
    ],
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {
    workerData: { formats: options.formats, families: adversarialFamilies, length: options.length },
  });
  return new Promise<WorkerRun>((resolve, reject) => {
    let current = 'starting the worker';
    let perCheck: NodeJS.Timeout | undefined;
    const stop = (run: WorkerRun) => {
      clearTimeout(perCheck);
      clearTimeout(total);
      void worker.terminate().then(() => resolve(run));
    };
    const total = setTimeout(
      () => stop({ finished: false, stuckAt: `${current} (batch over ${options.totalMs} ms)` }),
      options.totalMs,
    );
    worker.on('message', (message: { format?: string; family?: string; done?: true; checks?: number }) => {
      clearTimeout(perCheck);
      if (message.done) {
        stop({ finished: true, checks: message.checks ?? 0 });
        return;
      }
      current = `${message.format} × ${message.family}`;
      perCheck = setTimeout(
        () => stop({ finished: false, stuckAt: `${current} (one check over ${options.perCheckMs} ms)` }),
        options.perCheckMs,
      );
    });
    worker.on('error', (error) => {
      clearTimeout(perCheck);
      clearTimeout(total);
      reject(error);
    });
  });
}
