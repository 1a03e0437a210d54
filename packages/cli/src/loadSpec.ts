import path from 'node:path';
import type { Lang, ServiceItemSpec } from '@onewindow/spec';
import { CliError, FINDINGS } from './CliError.js';
import type { CliIo } from './CliIo.js';
import { displayPath } from './displayPath.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { messages } from './messages.js';
import { validateSpecFile } from './validateSpecFile.js';

/**
 * Reads (in any encoding validateSpecFile reads) and validates the one spec a command works on (`types`,
 * `compile`, `flow`, `paths`).
 * A spec with errors is not used: its diagnostics go to stderr and a {@link CliError} with exit code 1
 * follows; warnings are printed to stderr and the spec is returned.
 *
 * @example
 * const { spec, shownAs } = await loadSpec('examples/specs/dibao-apply.json', io, 'zh-CN');
 */
export async function loadSpec(
  fileArgument: string,
  io: CliIo,
  lang: Lang,
): Promise<{ spec: ServiceItemSpec; shownAs: string; absolutePath: string }> {
  const absolutePath = path.resolve(io.cwd, fileArgument);
  const shownAs = displayPath(absolutePath, io.cwd);
  const { diagnostics, spec } = await validateSpecFile(absolutePath, shownAs, lang);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (diagnostics.length > 0) io.stderr.write(formatDiagnostics(diagnostics, 1, 'text', lang));
  if (!spec) throw new CliError(messages(lang).invalidSpec(shownAs, Math.max(errors, 1)), FINDINGS);
  return { spec, shownAs, absolutePath };
}
