import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, runCli, temporaryDirectory } from './runCli.js';

// Regression tests for issue 12, point 7: a GBK file passed `validate` with 0 errors and every Chinese
// text garbled; a UTF-16 file gave hundreds of json/syntax errors. Chinese offices save files in GBK,
// and Windows tools (PowerShell's `>`, Notepad's "Unicode") write UTF-16.

/**
 * A GBK encoder for the test, built from Node's own GB18030 decoder (full ICU): every two-byte GBK code
 * decoded once, kept by the character it stands for. No encoder is needed anywhere but here.
 */
function gbkTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(Uint8Array.of(lead, trail));
      if (character.length === 1 && character !== '\ufffd' && !table.has(character)) {
        table.set(character, [lead, trail]);
      }
    }
  }
  return table;
}

function encodeGbk(text: string): Buffer {
  const table = gbkTable();
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(character);
    if (!pair) throw new Error(`not in GBK: ${character}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le');
  for (let index = 0; index < bytes.length; index += 2) {
    const low = bytes[index] as number;
    bytes[index] = bytes[index + 1] as number;
    bytes[index + 1] = low;
  }
  return bytes;
};

let dir: string;
let cleanup: () => Promise<void>;
let source: string;

beforeAll(async () => {
  ({ dir, cleanup } = await temporaryDirectory());
  source = await readFile(path.join(fixtures, 'catalog/dibao-apply.json'), 'utf8');
  await writeFile(path.join(dir, 'gbk.json'), encodeGbk(source));
  await writeFile(
    path.join(dir, 'utf16le-bom.json'),
    Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(source, 'utf16le')]),
  );
  await writeFile(
    path.join(dir, 'utf16be-bom.json'),
    Buffer.concat([Buffer.of(0xfe, 0xff), utf16be(source)]),
  );
  await writeFile(path.join(dir, 'utf16le.json'), Buffer.from(source, 'utf16le'));
  await writeFile(
    path.join(dir, 'utf8-bom.json'),
    Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(source)]),
  );
  // Neither UTF-8 nor GB18030 (0xFF never starts a character in either), on line 4 after `  "id": "`.
  await writeFile(
    path.join(dir, 'garbage.json'),
    Buffer.concat([
      Buffer.from('{\n  "specVersion": 1,\n  "revision": "x",\n  "id": "'),
      Buffer.of(0xff, 0x80, 0xff, 0xfe, 0x00),
      Buffer.from('"\n}\n'),
    ]),
  );
  // A UTF-8 file with one damaged byte: read as GB18030 it would "decode" into other Chinese characters.
  const damaged = Buffer.from(source);
  const at = damaged.indexOf(Buffer.from('居民身份证'));
  damaged[at + 1] = 0x41; // the second byte of 居 is no longer a continuation byte
  await writeFile(path.join(dir, 'damaged-utf8.json'), damaged);
  // A binary file that happens to decode: NUL bytes are no text.
  await writeFile(path.join(dir, 'binary.json'), Buffer.from('{"a":\u0000\u0000\u0000\u0001}'));
});
afterAll(() => cleanup());

/** 1-based line and column of the first non-ASCII character of a text. */
function firstNonAscii(text: string): { line: number; column: number } {
  const index = [...text].findIndex((character) => character.charCodeAt(0) > 0x7f);
  const before = [...text].slice(0, index).join('').split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('spec files that are not UTF-8', () => {
  it('reads a GBK file as GB18030 and warns once, with every Chinese text intact', async () => {
    const { exitCode, stdout, stderr } = await runCli(['validate', 'gbk.json', '--format', 'json'], dir);
    expect(stderr).toBe('');
    const diagnostics = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'gbk.json',
        code: 'file/encoding-gb18030',
        severity: 'warning',
        message: '文件以 GBK/GB18030 编码保存，已按 GB18030 读取；请另存为 UTF-8。',
        // at the first character read as GB18030 (the first non-ASCII character of the fixture)
        ...firstNonAscii(source),
      }),
    ]);
    expect(exitCode).toBe(0);
    // The texts arrive as written: the generated types carry the field titles.
    const types = await runCli(['types', 'gbk.json'], dir);
    expect(types.exitCode).toBe(0);
    expect(types.stdout).toContain('公民身份号码');
    expect(types.stderr).toMatch(/^gbk\.json:\d+:\d+ warning file\/encoding-gb18030 /);
  });

  it.each([
    ['utf16le-bom.json', 'UTF-16LE'],
    ['utf16be-bom.json', 'UTF-16BE'],
    ['utf16le.json', 'UTF-16LE'],
  ])('decodes %s and warns once instead of reporting hundreds of syntax errors', async (file, name) => {
    const { exitCode, stdout } = await runCli(['validate', file, '--format', 'json', '--lang', 'en'], dir);
    const diagnostics = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'file/encoding-utf16', severity: 'warning', line: 1, column: 1 }),
    ]);
    expect(diagnostics[0]?.message).toContain(name);
    expect(diagnostics[0]?.message).toContain('UTF-8');
    expect(exitCode).toBe(0);
  });

  it('reads UTF-8 with a byte-order mark silently', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'utf8-bom.json'], dir);
    expect(stdout).toBe('检查了 1 个文件：0 个错误，0 个警告。\n');
    expect(exitCode).toBe(0);
  });

  it('reports an undecodable file with one located error', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'garbage.json'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^garbage\.json:4:10 error file\/encoding-invalid \S.*UTF-8/);
    expect(lines[1]).toBe('检查了 1 个文件：1 个错误，0 个警告。');
    expect(exitCode).toBe(1);
  });

  it('reports a damaged UTF-8 file at its bad byte, not as GB18030', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'damaged-utf8.json', '--lang', 'en'], dir);
    const lines = stdout.trimEnd().split('\n');
    const line = source.slice(0, source.indexOf('居民身份证')).split('\n').length;
    const column = source.split('\n')[line - 1]?.indexOf('居民身份证') ?? -1;
    expect(lines[0]).toBe(
      `damaged-utf8.json:${line}:${column + 1} error file/encoding-invalid Byte 0xE5 here is not valid UTF-8, although the rest of the file is UTF-8: the file may be damaged. Check it there and save it as UTF-8.`,
    );
    expect(lines).toHaveLength(2);
    expect(exitCode).toBe(1);
  });

  it('refuses a file with NUL bytes as not text, in one error', async () => {
    const { exitCode, stdout } = await runCli(['validate', 'binary.json', '--lang', 'en'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^binary\.json:1:6 error file\/encoding-invalid .*NUL/);
    expect(lines).toHaveLength(2);
    expect(exitCode).toBe(1);
  });

  it('stops compile on an undecodable spec with the same error', async () => {
    const { exitCode, stderr } = await runCli(['compile', 'garbage.json', '-o', 'out.js'], dir);
    expect(stderr).toMatch(/^garbage\.json:4:10 error file\/encoding-invalid /);
    expect(exitCode).toBe(1);
  });
});
