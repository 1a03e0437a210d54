import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** The spec package's directory: modules run by {@link runInWorker} import `./src/….ts` from here. */
export const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

/** What the worker runs around the task module: `run()` once, its result posted back. */
const RUNNER = `
import { parentPort } from 'node:worker_threads';
import { run } from 'onewindow:task';
parentPort.postMessage({ result: await run() });
`;

export type WorkerOutcome<T> = { finished: true; result: T } | { finished: false; after: number };

/**
 * Runs `run()` of a module in a worker thread and stops the worker after `timeoutMs`: a hang detector for
 * work that used to take minutes, not a performance assertion (the limit is many times what the work needs,
 * so a busy machine does not fail it; a regression to quadratic or exponential cost does).
 *
 * `taskModule` is the source of an ES module exporting `run(): unknown` (its result must survive
 * structured cloning); it is bundled with esbuild from the package directory, TypeScript sources welcome.
 * The bundle runs from a data: URL, so the module reads files by absolute path: `PACKAGE_DIRECTORY` is
 * defined as the package's directory (ending in `/`).
 *
 * @example
 * const outcome = await runInWorker<number>({
 *   taskModule: `import { validateSpec } from './src/index.ts';
 *     export const run = () => validateSpec('{}').diagnostics.length;`,
 *   timeoutMs: 20_000,
 * });
 * // { finished: true, result: 7 } or { finished: false, after: 20000 }
 */
export async function runInWorker<T>(options: {
  taskModule: string;
  timeoutMs: number;
}): Promise<WorkerOutcome<T>> {
  const bundle = await build({
    stdin: { contents: RUNNER, resolveDir: packageDirectory, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@onewindow/source'],
    // ES builds of dependencies that have one (jsonc-parser's UMD build requires its parts dynamically).
    mainFields: ['module', 'main'],
    // Task modules read fixtures by absolute path: the bundle runs from a data: URL.
    define: { PACKAGE_DIRECTORY: JSON.stringify(packageDirectory) },
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'task-module',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^onewindow:task$/ }, (args) => ({
            path: args.path,
            namespace: 'task',
          }));
          pluginBuild.onLoad({ filter: /.*/, namespace: 'task' }, () => ({
            contents: options.taskModule,
            loader: 'ts',
            resolveDir: packageDirectory,
          }));
        },
      },
    ],
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
  return new Promise<WorkerOutcome<T>>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate().then(() => resolve({ finished: false, after: options.timeoutMs }));
    }, options.timeoutMs);
    worker.on('message', (message: { result: T }) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve({ finished: true, result: message.result }));
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
