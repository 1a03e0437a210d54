import { realpath, stat } from 'node:fs/promises';
import type { Lang } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { displayPath } from './displayPath.js';
import { messages } from './messages.js';

/** Whether two paths name the same existing file, through any spelling, symbolic link or hard link. */
async function sameFile(first: string, second: string): Promise<boolean> {
  const [a, b] = await Promise.all(
    [first, second].map((file) => stat(file, { bigint: true }).catch(() => undefined)),
  );
  // A file that does not exist yet is not the input (which exists): writing it creates a new file.
  if (!a || !b) return false;
  // Device and inode identify a file whatever the path; some file systems on Windows report no inode.
  if (a.ino !== 0n && b.ino !== 0n) return a.dev === b.dev && a.ino === b.ino;
  const [realA, realB] = await Promise.all([realpath(first), realpath(second)]);
  return realA === realB;
}

/**
 * Refuses (a CliError, exit code 2, before anything is written) when any of `outputs` is the input spec
 * file: `onewindow compile x.json -o x.json` used to replace the spec with the generated module. Compared
 * as files, not as strings, so `./sub/../x.json`, an absolute path, a symbolic link or a hard link to the
 * input are refused too.
 *
 * @example
 * await refuseOverwritingInput('/work/x.json', ['/work/x.json', '/work/x.d.ts'], '/work', 'en');
 * // throws CliError 'Refusing to write x.json: it is the input spec. Choose another output file.'
 */
export async function refuseOverwritingInput(
  input: string,
  outputs: readonly string[],
  cwd: string,
  lang: Lang,
): Promise<void> {
  for (const output of outputs) {
    if (await sameFile(input, output)) {
      throw new CliError(messages(lang).outputIsInput(displayPath(output, cwd)), USAGE_ERROR);
    }
  }
}
