import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type CatalogEntry, type Diagnostic, lintCatalog, validateSpec } from '@onewindow/spec';
import { glob } from 'tinyglobby';
import { CliError, FINDINGS, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { displayPath } from '../displayPath.js';
import { type DiagnosticFormat, formatDiagnostics } from '../formatDiagnostics.js';
import { messages } from '../messages.js';
import { onlyArgument } from '../onlyArgument.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { readTextFile } from '../readTextFile.js';
import { sortDiagnostics } from '../sortDiagnostics.js';

/**
 * `onewindow lint-catalog <dir> [--format text|json]`: validates every `*.json` spec directly in the
 * directory, then runs the catalog lint (one code per item, consistent names …) over the valid ones.
 * Exit code 1 when any diagnostic is an error, 2 on usage errors, else 0.
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
  for (const file of files) {
    const absolutePath = path.normalize(file);
    const shownAs = displayPath(absolutePath, io.cwd);
    const source = await readTextFile(absolutePath, shownAs, lang);
    const result = validateSpec(source, { lang });
    for (const diagnostic of result.diagnostics) diagnostics.push({ ...diagnostic, file: shownAs });
    // Only specs that passed validation take part in the catalog lint: its rules assume a valid spec.
    if (result.ok && result.spec) entries.push({ spec: result.spec, file: shownAs, source });
  }
  diagnostics.push(...lintCatalog(entries, { lang }));
  const format = (values.format ?? 'text') as DiagnosticFormat;
  const sorted = sortDiagnostics(diagnostics);
  io.stdout.write(formatDiagnostics(sorted, files.length, format, lang));
  return sorted.some((d) => d.severity === 'error') ? FINDINGS : 0;
}
