#!/usr/bin/env node
// The `onewindow` command: all logic lives in ../dist/main.js (built by `tsc -b` at the repository root).
import { main } from '../dist/main.js';

// A reader that stops early (`onewindow paths x.json | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
