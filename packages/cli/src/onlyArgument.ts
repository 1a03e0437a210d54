import type { Lang } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { messages } from './messages.js';

/**
 * The one positional argument a command takes (a spec file or a catalog directory). A usage error
 * (exit code 2, with the command's help hint) when it is missing or followed by more.
 *
 * @example
 * onlyArgument(['examples/specs/dibao-apply.json'], 'specFile', 'zh-CN', 'flow'); // 'examples/specs/dibao-apply.json'
 * onlyArgument([], 'specFile', 'en', 'flow'); // throws CliError 'Missing argument: spec file.\nRun onewindow flow --help for usage.'
 */
export function onlyArgument(
  positionals: readonly string[],
  what: 'specFile' | 'catalogDirectory',
  lang: Lang,
  command: string,
): string {
  const t = messages(lang);
  const [argument, ...extra] = positionals;
  if (argument === undefined) {
    throw new CliError(`${t.missingArgument(t[what])}\n${t.seeHelp(command)}`, USAGE_ERROR);
  }
  if (extra.length > 0)
    throw new CliError(`${t.tooManyArguments(extra)}\n${t.seeHelp(command)}`, USAGE_ERROR);
  return argument;
}
