import { type Diagnostic, validateSpec } from '@onewindow/spec';
import { CliError, FINDINGS, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { expandFileArguments } from '../expandFileArguments.js';
import { type DiagnosticFormat, formatDiagnostics } from '../formatDiagnostics.js';
import { messages } from '../messages.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { readTextFile } from '../readTextFile.js';
import { sortDiagnostics } from '../sortDiagnostics.js';

/**
 * `onewindow validate <files or globs…> [--format text|json]`: validates each spec and prints its
 * diagnostics. Exit code 1 when any diagnostic is an error, 2 when a file cannot be read, else 0.
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
    let source: string;
    try {
      source = await readTextFile(file.absolutePath, file.shownAs, lang);
    } catch (error) {
      // One unreadable file should not hide the findings in the others.
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`${error.message}\n`);
      unreadable++;
      continue;
    }
    const result = validateSpec(source, { lang });
    for (const diagnostic of result.diagnostics) diagnostics.push({ ...diagnostic, file: file.shownAs });
  }
  const format = (values.format ?? 'text') as DiagnosticFormat;
  const sorted = sortDiagnostics(diagnostics);
  io.stdout.write(formatDiagnostics(sorted, files.length - unreadable, format, lang));
  if (unreadable > 0) return USAGE_ERROR;
  return sorted.some((d) => d.severity === 'error') ? FINDINGS : 0;
}
