import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Regression tests for the CLI bullet of issue 12: terminal escape codes in spec text were printed raw, so a
// spec could clear the analyst's screen, retitle the window, hide lines or turn text around (bidi overrides).

/** Erase the screen, set the window title, a C1 CSI (colour), a bidi override and a BEL. */
const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u202c\r';
/** Every character the CLI must never print raw. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  const source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  // Spec text with escapes where the CLI quotes it: an unknown key (validate's message), a stage name
  // (paths), a field title (types).
  const spec = JSON.parse(source);
  spec[`bogus${ESCAPES}`] = true;
  await writeFile(path.join(dir, 'unknown-key.json'), JSON.stringify(spec, null, 2));
  delete spec[`bogus${ESCAPES}`];
  spec.flow.stages[1].name = `入户调查${ESCAPES}`;
  spec.form.schema.properties.applicant.title = `申请人${ESCAPES}`;
  spec.mode = `promise${ESCAPES}`; // an enum value quoted in a did-you-mean
  await writeFile(path.join(dir, 'bad-mode.json'), JSON.stringify(spec, null, 2));
  spec.mode = 'promised';
  await writeFile(path.join(dir, 'stage-name.json'), JSON.stringify(spec, null, 2));
});
afterAll(() => cleanup());

describe('spec text never reaches the terminal as control characters', () => {
  it('validate text output shows escapes as \\u sequences', async () => {
    const { stdout, stderr } = await runCli(['validate', 'unknown-key.json', 'bad-mode.json'], dir);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('bogus\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202eevil\\u202c\\u000d');
  });

  it('validate --format json escapes them and still parses to the same text', async () => {
    const { stdout } = await runCli(['validate', 'unknown-key.json', '--format', 'json'], dir);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const [diagnostic] = JSON.parse(stdout) as Array<{ message: string }>;
    expect(diagnostic?.message).toContain(`bogus${ESCAPES}`);
  });

  it('paths, flow and types print none raw', async () => {
    for (const argv of [
      ['paths', 'stage-name.json'],
      ['paths', 'stage-name.json', '--format', 'json'],
      ['flow', 'stage-name.json'],
      ['flow', 'stage-name.json', '--format', 'json'],
      ['types', 'stage-name.json'],
      ['compile', 'bad-mode.json', '-o', 'out.js'],
    ]) {
      const { stdout, stderr } = await runCli(argv, dir);
      expect(stdout, argv.join(' ')).not.toMatch(RAW_CONTROL);
      expect(stderr, argv.join(' ')).not.toMatch(RAW_CONTROL);
      expect(stdout.length + stderr.length, argv.join(' ')).toBeGreaterThan(0);
    }
    const { stdout } = await runCli(['paths', 'stage-name.json'], dir);
    expect(stdout).toContain('已受理·入户调查\\u001b[2J');
  });

  it('a file name with escapes is shown escaped too', async () => {
    const { stderr } = await runCli(['validate', `missing${ESCAPES}.json`], dir);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('missing\\u001b[2J');
  });
});
