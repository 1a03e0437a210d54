import { type Diagnostic, type Lang, type ServiceItemSpec, validateSpec } from '@onewindow/spec';
import { CliError } from './CliError.js';
import { messages } from './messages.js';
import { readTextFile } from './readTextFile.js';

/** What checking one spec file found. */
export interface SpecFileResult {
  /** Every diagnostic, each with `file` set to the name shown. */
  diagnostics: Diagnostic[];
  /** The spec, when it has no error. */
  spec?: ServiceItemSpec;
  /** The text read, when it could be read. */
  source?: string;
}

/** An error's name and first line, short enough for one diagnostic line. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length > 300 ? `${firstLine.slice(0, 299)}…` : firstLine;
}

/**
 * Reads a spec file (any encoding, see readTextFile) and validates it. Never throws for what the file
 * contains: a failure while checking it (a bug in onewindow, which validateSpec promises never to have)
 * becomes a `file/internal-error` diagnostic of that file at 1:1, so that a run over many files still
 * reports all the others. Throws only a CliError when the file cannot be opened (not found, a directory,
 * not a regular file), which the commands report on stderr.
 *
 * @example
 * const { diagnostics, spec } = await validateSpecFile('/work/a.json', 'a.json', 'zh-CN');
 */
export async function validateSpecFile(
  absolutePath: string,
  shownAs: string,
  lang: Lang,
): Promise<SpecFileResult> {
  const withFile = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ ...d, file: shownAs }));
  try {
    const read = await readTextFile(absolutePath, shownAs, lang);
    if (read.text === undefined) return { diagnostics: withFile(read.diagnostics) };
    const result = validateSpec(read.text, { lang });
    const diagnostics = withFile([...read.diagnostics, ...result.diagnostics]);
    return { diagnostics, source: read.text, ...(result.ok && result.spec ? { spec: result.spec } : {}) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = messages(lang).internalErrorInFile(describeError(error));
    return {
      diagnostics: [
        {
          code: 'file/internal-error',
          severity: 'error',
          message,
          pointer: '',
          line: 1,
          column: 1,
          file: shownAs,
        },
      ],
    };
  }
}
