import { readFile } from 'node:fs/promises';
import type { Lang } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { messages } from './messages.js';

/**
 * Reads a UTF-8 file (a leading byte-order mark is dropped), turning "not found", "is a directory" and
 * other read failures into a localized {@link CliError} with exit code 2.
 *
 * @example
 * const text = await readTextFile('/work/examples/specs/dibao-apply.json', 'examples/specs/dibao-apply.json', 'zh-CN');
 */
export async function readTextFile(absolutePath: string, shownAs: string, lang: Lang): Promise<string> {
  const t = messages(lang);
  try {
    const text = await readFile(absolutePath, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(t.fileNotFound(shownAs), USAGE_ERROR);
    if (code === 'EISDIR') throw new CliError(t.isADirectory(shownAs), USAGE_ERROR);
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(t.fileUnreadable(shownAs, reason), USAGE_ERROR);
  }
}
