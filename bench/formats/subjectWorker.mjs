// One subject of bench/formats (a validator with its format checks), run in a worker thread so that the
// main thread can stop it when one check exceeds the cap. Posts `ready`, then `begin`/`result` per cell.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { subject, formats, families, sizes, from, compiledPath, root, minMs, maxReps, capMs } = workerData;

/** A string of about `length` characters: prefix, the atom repeated, suffix. */
const adversarialInput = (family, length) =>
  family.prefix +
  family.atom.repeat(
    Math.max(1, Math.ceil((length - family.prefix.length - family.suffix.length) / family.atom.length)),
  ) +
  family.suffix;

/** The schema every subject validates `{ [format]: value }` against: one string property per format. */
const schema = {
  type: 'object',
  properties: Object.fromEntries(formats.map((name) => [name, { type: 'string', format: name }])),
};

/** `(format, value) => boolean` for the subject, or null when the subject does not know the format. */
async function makeCheck() {
  switch (subject) {
    case 'onewindow interpreting': {
      const { createFormValidator } = await import(`${root}packages/spec/dist/form.js`);
      const validator = createFormValidator(schema);
      return (name, value) => validator.validate({ [name]: value }).length === 0;
    }
    case 'onewindow compiled': {
      const { default: validate } = await import(pathToFileURL(compiledPath).href);
      return (name, value) => validate({ [name]: value });
    }
    case 'cfworker': {
      // A fresh worker loads a pristine @cfworker/json-schema: its own `format` table, not ours.
      const { Validator } = await import('@cfworker/json-schema');
      const validator = new Validator(schema, '7', false);
      return (name, value) => validator.validate({ [name]: value }).valid;
    }
    case 'ajv-formats': {
      // The ajv and ajv-formats that packages/cli compiles with.
      const require = createRequire(`${root}packages/cli/package.json`);
      const Ajv = require('ajv').default;
      const addFormats = require('ajv-formats').default;
      const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      return (name, value) => validate({ [name]: value });
    }
    default:
      throw new Error(`unknown subject ${subject}`);
  }
}

const check = await makeCheck();
parentPort.postMessage({ type: 'ready' });
for (let cell = from; cell < formats.length * families.length; cell++) {
  const name = formats[Math.floor(cell / families.length)];
  const family = families[cell % families.length];
  for (const size of sizes) {
    const value = adversarialInput(family, size);
    parentPort.postMessage({ type: 'begin', cell, size });
    // A fast check is repeated in 3 windows of at least minMs each and the best window's mean is kept, so
    // that a garbage collection inside one window does not count; a slower one is the best of 3 calls (the
    // first compiles the pattern), one over 100 ms the best of 2.
    const timeOnce = () => {
      const start = performance.now();
      check(name, value);
      return performance.now() - start;
    };
    let ms = timeOnce();
    if (ms >= minMs && ms < 100) ms = Math.min(ms, timeOnce(), timeOnce());
    else if (ms >= 100 && ms < capMs / 3)
      ms = Math.min(ms, timeOnce()); // a loaded machine may stall one call
    else if (ms < minMs) {
      ms = Number.POSITIVE_INFINITY;
      for (let window = 0; window < 3; window++) {
        let reps = 0;
        const windowStart = performance.now();
        let elapsed = 0;
        do {
          check(name, value);
          reps++;
          elapsed = performance.now() - windowStart;
        } while (elapsed < minMs && reps < maxReps);
        ms = Math.min(ms, elapsed / reps);
      }
    }
    parentPort.postMessage({ type: 'result', cell, size, ms, length: value.length });
  }
}
parentPort.postMessage({ type: 'done' });
