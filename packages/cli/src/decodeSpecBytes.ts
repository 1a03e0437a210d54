import type { Diagnostic, Lang } from '@onewindow/spec';
import { type EncodingProblem, messages } from './messages.js';

/** The encodings a spec file is read in. */
export type SpecEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A spec file's bytes as text, or the one reason they are not. */
export interface DecodedSpec {
  /** The text (without a byte-order mark); undefined when the bytes are no text in any encoding read. */
  text: string | undefined;
  encoding: SpecEncoding | undefined;
  /**
   * A warning (`file/encoding-gb18030`, `file/encoding-utf16`) when the text was read in another encoding
   * than UTF-8, or the one error (`file/encoding-invalid`) when it could not be read; located, pointer `''`.
   */
  diagnostics: Diagnostic[];
}

/** Where a problem is: 1-based line and column (UTF-16 code units, as validateSpec counts). */
interface Position {
  line: number;
  column: number;
}

/** The position of `index` in `text`. */
function positionInText(text: string, index: number): Position {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** The position of byte `offset` of UTF-8 (or mostly UTF-8) bytes, as the text before it decodes. */
function positionInUtf8(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** What a scan of the bytes as UTF-8 found: the first bad byte, and how many good and bad sequences. */
interface Utf8Scan {
  firstInvalid: number | undefined;
  /** Well-formed sequences of two to four bytes. */
  validMultibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
}

/** Length of the well-formed UTF-8 sequence at `index` (1 for ASCII), or 0 if none starts there (RFC 3629). */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] as number;
  if (first < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(index + 1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    // No overlong forms (E0 A0..BF), no surrogates (ED 80..9F).
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(index + 1, low, high) && continuation(index + 2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(index + 1, low, high) && continuation(index + 2) && continuation(index + 3) ? 4 : 0;
  }
  return 0;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: undefined, validMultibyte: 0, invalid: 0 };
  for (let index = 0; index < bytes.length; ) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) {
      scan.invalid++;
      scan.firstInvalid ??= index;
      index++;
    } else {
      if (length > 1) scan.validMultibyte++;
      index += length;
    }
  }
  return scan;
}

/** `bytes` decoded, or undefined when they are not well-formed in `encoding`. */
function decodeStrictly(bytes: Uint8Array, encoding: SpecEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * UTF-16 without a byte-order mark: a spec starts with ASCII (`{`, a space, a line break), which UTF-16
 * writes with a zero byte after it (LE) or before it (BE). UTF-8 and GB18030 never write a zero byte there.
 */
function bomlessUtf16(bytes: Uint8Array): SpecEncoding | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a spec file, whatever encoding an office saved it in, so that an analyst gets one clear message
 * about the encoding instead of garbled Chinese that passes validation or thousands of syntax errors:
 *
 * - UTF-8, with or without a byte-order mark: read silently.
 * - UTF-16LE/BE with a byte-order mark, or without one when the file starts with ASCII (PowerShell's `>`
 *   and Notepad's "Unicode" write UTF-16): read, with a `file/encoding-utf16` warning.
 * - Not UTF-8 but GB18030 (which includes GBK and GB2312, what Chinese Windows saves by default): read
 *   as GB18030 with a `file/encoding-gb18030` warning at the first character read that way. A file that
 *   is mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, not GBK (read as GB18030 it would
 *   "decode" into other characters): an error at the first bad byte.
 * - Anything else (UTF-32, bytes no encoding reads, a NUL character: a binary file): one
 *   `file/encoding-invalid` error at the first place that cannot be read.
 *
 * @example
 * decodeSpecBytes(Buffer.from([0x7b, 0x22, 0xd6, 0xd0, 0x22, 0x7d]), 'zh-CN');
 * // { text: '{"中"}', encoding: 'gb18030', diagnostics: [{ code: 'file/encoding-gb18030', line: 1, column: 3, … }] }
 */
export function decodeSpecBytes(bytes: Uint8Array, lang: Lang): DecodedSpec {
  const t = messages(lang);
  const diagnostic = (
    code: string,
    severity: Diagnostic['severity'],
    message: string,
    { line, column }: Position,
  ): Diagnostic => ({ code, severity, message, pointer: '', line, column });
  const refused = (problem: EncodingProblem, position: Position): DecodedSpec => ({
    text: undefined,
    encoding: undefined,
    diagnostics: [diagnostic('file/encoding-invalid', 'error', t.encodingInvalid(problem), position)],
  });
  const start = { line: 1, column: 1 };
  /** The decoded text, unless it holds a NUL (no JSON text does; a binary file usually does). */
  const read = (text: string, encoding: SpecEncoding, warnings: Diagnostic[] = []): DecodedSpec => {
    const nul = text.indexOf('\u0000');
    if (nul !== -1) return refused({ kind: 'nul' }, positionInText(text, nul));
    return { text, encoding, diagnostics: warnings };
  };
  const utf16 = (body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedSpec => {
    const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    const text = decodeStrictly(body, encoding);
    if (text === undefined) return refused({ kind: 'bad-utf16', encoding: name }, start);
    return read(text, encoding, [diagnostic('file/encoding-utf16', 'warning', t.encodingUtf16(name), start)]);
  };

  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return utf8(bytes.subarray(3));
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    return refused({ kind: 'utf32' }, start);
  }
  if (startsWith(bytes, 0xff, 0xfe)) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return utf16(bytes.subarray(2), 'utf-16be');
  const withoutBom = bomlessUtf16(bytes);
  if (withoutBom === 'utf-16le' || withoutBom === 'utf-16be') {
    const decoded = utf16(bytes, withoutBom);
    if (decoded.text !== undefined) return decoded;
  }
  return utf8(bytes);

  function utf8(body: Uint8Array): DecodedSpec {
    const scan = scanUtf8(body);
    if (scan.firstInvalid === undefined) return read(new TextDecoder('utf-8').decode(body), 'utf-8');
    const at = positionInUtf8(body, scan.firstInvalid);
    const byte = body[scan.firstInvalid] as number;
    // GBK text makes most of its non-ASCII bytes invalid UTF-8 (about one Chinese character in seven happens
    // to form a valid two-byte sequence); a damaged UTF-8 file has a few bad bytes among many good sequences.
    if (scan.validMultibyte > scan.invalid) return refused({ kind: 'damaged-utf8', byte }, at);
    const text = decodeStrictly(body, 'gb18030');
    if (text === undefined) return refused({ kind: 'unknown', byte }, at);
    const firstNonAscii = text.search(/[^\t\n\r\u0020-\u007e]/);
    const warning = diagnostic(
      'file/encoding-gb18030',
      'warning',
      t.encodingGb18030,
      firstNonAscii === -1 ? start : positionInText(text, firstNonAscii),
    );
    return read(text, 'gb18030', [warning]);
  }
}
