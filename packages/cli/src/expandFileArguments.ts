import path from 'node:path';
import type { Lang } from '@onewindow/spec';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError, USAGE_ERROR } from './CliError.js';
import { displayPath } from './displayPath.js';
import { messages } from './messages.js';

/** One file named on the command line, directly or through a glob. */
export interface FileArgument {
  absolutePath: string;
  /** The name used in output (see displayPath). */
  shownAs: string;
}

/**
 * Turns file arguments into files: plain paths are kept as given (their existence is checked when read),
 * globs are expanded with tinyglobby (sorted; shells on Windows do not expand them). A glob that matches
 * nothing is a usage error (exit code 2). A file named twice is listed once.
 *
 * @example
 * await expandFileArguments(['examples/specs/*.json'], '/work/main', 'zh-CN');
 * // [{ absolutePath: '/work/main/examples/specs/dibao-apply.json', shownAs: 'examples/specs/dibao-apply.json' }, …]
 */
export async function expandFileArguments(
  args: readonly string[],
  cwd: string,
  lang: Lang,
): Promise<FileArgument[]> {
  const seen = new Set<string>();
  const files: FileArgument[] = [];
  const add = (absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ absolutePath, shownAs: displayPath(absolutePath, cwd) });
  };
  for (const arg of args) {
    if (!isDynamicPattern(arg)) {
      add(path.resolve(cwd, arg));
      continue;
    }
    const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new CliError(messages(lang).globNoMatch(arg), USAGE_ERROR);
    for (const match of matches.sort()) add(path.normalize(match));
  }
  return files;
}
