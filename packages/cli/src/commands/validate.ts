import type { Diagnostic } from '@onewindow/spec';
import { CliError, FINDINGS, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { expandFileArguments } from '../expandFileArguments.js';
import { type DiagnosticFormat, formatDiagnostics } from '../formatDiagnostics.js';
import { messages } from '../messages.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { sortDiagnostics } from '../sortDiagnostics.js';
import { validateSpecFile } from '../validateSpecFile.js';

/**
 * `onewindow validate <files or globs…> [--format text|json]`: validates each spec (in any encoding
 * validateSpecFile reads) and prints its diagnostics. A file that cannot be opened is named on stderr and
 * one that breaks the checker gets a `file/internal-error` diagnostic; the other files are checked all the
 * same. Exit code 1 when any diagnostic is an error, 2 when a file cannot be opened, else 0.
 *
 * @example
 * const exitCode = await validate(['examples/specs/*.json', '--format', 'json'], { io, lang: 'zh-CN' });
 */
export async function validate(args: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const t = messages(lang);
  const { values, positionals } = parseCommandLine(
    args,
    { format: { type: 'string', choices: ['text', 'json'] } },
    lang,
    'validate',
  );
  if (positionals.length === 0) {
    throw new CliError(`${t.missingArgument(t.specFiles)}\n${t.seeHelp('validate')}`, USAGE_ERROR);
  }
  const files = await expandFileArguments(positionals, io.cwd, lang);
  const diagnostics: Diagnostic[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      diagnostics.push(...(await validateSpecFile(file.absolutePath, file.shownAs, lang)).diagnostics);
    } catch (error) {
      // One unreadable file should not hide the findings in the others.
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`${error.message}\n`);
      unreadable++;
    }
  }
  const format = (values.format ?? 'text') as DiagnosticFormat;
  const sorted = sortDiagnostics(diagnostics);
  io.stdout.write(formatDiagnostics(sorted, files.length - unreadable, format, lang));
  if (unreadable > 0) return USAGE_ERROR;
  return sorted.some((d) => d.severity === 'error') ? FINDINGS : 0;
}
