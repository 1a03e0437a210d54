import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { messages } from './messages.js';

/**
 * Writes a generated file, creating its directory; a failure becomes a localized {@link CliError}.
 *
 * @example
 * await writeOutputFile('/work/out/dibao.ts', 'out/dibao.ts', source, 'zh-CN');
 */
export async function writeOutputFile(
  absolutePath: string,
  shownAs: string,
  text: string,
  lang: Lang,
): Promise<void> {
  try {
    await mkdir(path.dirname(absolutePath), { recursive: true });
    await writeFile(absolutePath, text, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(messages(lang).cannotWrite(shownAs, reason), USAGE_ERROR);
  }
}
