import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { type Lang, SPEC_LIMITS } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { type DecodedSpec, decodeSpecBytes } from './decodeSpecBytes.js';
import { messages, type NonRegularFileKind } from './messages.js';

/**
 * Files larger than this are not read: their text is surely over validateSpec's limit
 * (`SPEC_LIMITS.maxLength` UTF-16 code units, 5 Mi), as no encoding read takes more than four bytes for one
 * (UTF-8 three, GB18030 four, UTF-16 two), and reading a multi-gigabyte file into memory would be the very
 * crash the limit is there to prevent. Smaller files over the limit are read, and validateSpec says so
 * (`json/too-large`).
 */
export const MAX_SPEC_FILE_BYTES = 4 * SPEC_LIMITS.maxLength;

function nonRegularKind(stats: Stats): NonRegularFileKind {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/**
 * Reads a spec file as text in whatever encoding it was saved (see {@link decodeSpecBytes}): the text, or
 * undefined with the one located error that says why not; warnings when the encoding was not UTF-8.
 *
 * Only regular files are read. The file is opened without blocking and checked on the open handle, so a
 * FIFO (which would wait for a writer forever) or a device such as /dev/zero (which never ends) is refused
 * at once, with no window between the check and the read. "Not found", "is a directory", "not a regular
 * file" and other failures to open become a localized {@link CliError} with exit code 2; a file over
 * {@link MAX_SPEC_FILE_BYTES} is not read (a `file/too-large` error).
 *
 * @example
 * const { text, diagnostics } = await readTextFile('/work/examples/specs/dibao-apply.json', 'examples/specs/dibao-apply.json', 'zh-CN');
 */
export async function readTextFile(absolutePath: string, shownAs: string, lang: Lang): Promise<DecodedSpec> {
  const t = messages(lang);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait until something opens it for writing.
    handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(t.fileNotFound(shownAs), USAGE_ERROR);
    if (code === 'EISDIR') throw new CliError(t.isADirectory(shownAs), USAGE_ERROR);
    // Opening a Unix socket fails with ENXIO.
    if (code === 'ENXIO') throw new CliError(t.notARegularFile(shownAs, 'socket'), USAGE_ERROR);
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(t.fileUnreadable(shownAs, reason), USAGE_ERROR);
  }
  let bytes: Buffer;
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new CliError(t.isADirectory(shownAs), USAGE_ERROR);
    if (!stats.isFile()) throw new CliError(t.notARegularFile(shownAs, nonRegularKind(stats)), USAGE_ERROR);
    if (stats.size > MAX_SPEC_FILE_BYTES) {
      const megabytes = Math.ceil(stats.size / (1024 * 1024));
      const message = t.fileTooLarge(megabytes, MAX_SPEC_FILE_BYTES / (1024 * 1024));
      return {
        text: undefined,
        encoding: undefined,
        diagnostics: [
          { code: 'file/too-large', severity: 'error', message, pointer: '', line: 1, column: 1 },
        ],
      };
    }
    bytes = await handle.readFile();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(t.fileUnreadable(shownAs, reason), USAGE_ERROR);
  } finally {
    await handle.close();
  }
  return decodeSpecBytes(bytes, lang);
}
