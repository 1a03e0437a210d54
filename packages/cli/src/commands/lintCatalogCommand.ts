import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type CatalogEntry, type Diagnostic, lintCatalog } from '@onewindow/spec';
import { glob } from 'tinyglobby';
import { CliError, FINDINGS, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { displayPath } from '../displayPath.js';
import { type DiagnosticFormat, formatDiagnostics } from '../formatDiagnostics.js';
import { messages } from '../messages.js';
import { onlyArgument } from '../onlyArgument.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { sortDiagnostics } from '../sortDiagnostics.js';
import { validateSpecFile } from '../validateSpecFile.js';

/**
 * `onewindow lint-catalog <dir> [--format text|json]`: validates every `*.json` spec directly in the
 * directory, then runs the catalog lint (one code per item, consistent names …) over the valid ones. As in
 * `validate`, a file that cannot be opened or that breaks the checker does not stop the others.
 * Exit code 1 when any diagnostic is an error, 2 on usage errors or a file that cannot be opened, else 0.
 *
 * @example
 * const exitCode = await lintCatalogCommand(['examples/specs'], { io, lang: 'en' });
 */
export async function lintCatalogCommand(
  args: readonly string[],
  { io, lang }: CommandContext,
): Promise<number> {
  const t = messages(lang);
  const { values, positionals } = parseCommandLine(
    args,
    { format: { type: 'string', choices: ['text', 'json'] } },
    lang,
    'lint-catalog',
  );
  const directoryArgument = onlyArgument(positionals, 'catalogDirectory', lang, 'lint-catalog');
  const directory = path.resolve(io.cwd, directoryArgument);
  const shownDirectory = displayPath(directory, io.cwd);
  const isDirectory = await stat(directory).then(
    (stats) => stats.isDirectory(),
    () => undefined,
  );
  if (isDirectory === undefined) throw new CliError(t.fileNotFound(shownDirectory), USAGE_ERROR);
  if (!isDirectory) throw new CliError(t.notADirectory(shownDirectory), USAGE_ERROR);
  const files = (await glob('*.json', { cwd: directory, absolute: true, onlyFiles: true })).sort();
  if (files.length === 0) throw new CliError(t.noSpecsInDirectory(shownDirectory), USAGE_ERROR);

  const diagnostics: Diagnostic[] = [];
  const entries: CatalogEntry[] = [];
  let unreadable = 0;
  for (const file of files) {
    const absolutePath = path.normalize(file);
    const shownAs = displayPath(absolutePath, io.cwd);
    try {
      const result = await validateSpecFile(absolutePath, shownAs, lang);
      diagnostics.push(...result.diagnostics);
      // Only specs that passed validation take part in the catalog lint: its rules assume a valid spec.
      if (result.spec && result.source !== undefined) {
        entries.push({ spec: result.spec, file: shownAs, source: result.source });
      }
    } catch (error) {
      // One unreadable file should not hide the findings in the others.
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(`${error.message}\n`);
      unreadable++;
    }
  }
  try {
    diagnostics.push(...lintCatalog(entries, { lang }));
  } catch (error) {
    // The files' own diagnostics are still worth printing.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = t.internalErrorInFile(reason.split('\n', 1)[0] ?? '');
    diagnostics.push({
      code: 'file/internal-error',
      severity: 'error',
      message,
      pointer: '',
      line: 1,
      column: 1,
      file: shownDirectory,
    });
  }
  const format = (values.format ?? 'text') as DiagnosticFormat;
  const sorted = sortDiagnostics(diagnostics);
  io.stdout.write(formatDiagnostics(sorted, files.length - unreadable, format, lang));
  if (unreadable > 0) return USAGE_ERROR;
  return sorted.some((d) => d.severity === 'error') ? FINDINGS : 0;
}
