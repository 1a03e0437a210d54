import type { Lang } from '@onewindow/spec';

/** Every sentence the CLI prints itself (diagnostic messages come localized from @onewindow/spec). */
export interface Messages {
  unknownCommand(name: string): string;
  missingCommand: string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  optionTakesNoValue(option: string): string;
  badOptionValue(option: string, value: string, allowed: readonly string[]): string;
  missingArgument(what: string): string;
  tooManyArguments(extra: readonly string[]): string;
  seeHelp(command?: string): string;
  fileNotFound(file: string): string;
  fileUnreadable(file: string, reason: string): string;
  isADirectory(file: string): string;
  notADirectory(dir: string): string;
  globNoMatch(pattern: string): string;
  noSpecsInDirectory(dir: string): string;
  invalidSpec(file: string, errors: number): string;
  wrote(file: string): string;
  cannotWrite(file: string, reason: string): string;
  summary(files: number, errors: number, warnings: number): string;
  specFiles: string;
  specFile: string;
  catalogDirectory: string;
  outputFile: string;
  compileFailed(reason: string): string;
  typesFailed(reason: string): string;
  unexpected(reason: string): string;
  notARegularFile(file: string, kind: NonRegularFileKind): string;
  outputIsInput(file: string): string;
  fileTooLarge(megabytes: number, limit: number): string;
  encodingGb18030: string;
  encodingUtf16(encoding: 'UTF-16LE' | 'UTF-16BE'): string;
  encodingInvalid(problem: EncodingProblem): string;
  internalErrorInFile(reason: string): string;
}

/** What a path that is not a regular file turned out to be. */
export type NonRegularFileKind = 'fifo' | 'device' | 'socket' | 'other';

/** Why the bytes of a file could not be read as text (see decodeSpecBytes). */
export type EncodingProblem =
  /** Mostly UTF-8 with a bad byte: damaged, not another encoding. */
  | { kind: 'damaged-utf8'; byte: number }
  /** Neither UTF-8 nor GB18030 nor UTF-16 with a byte-order mark. */
  | { kind: 'unknown'; byte: number }
  | { kind: 'utf32' }
  /** A UTF-16 byte-order mark, then bytes that are not UTF-16. */
  | { kind: 'bad-utf16'; encoding: 'UTF-16LE' | 'UTF-16BE' }
  /** A NUL character: a binary file. */
  | { kind: 'nul' };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const zhCN: Messages = {
  unknownCommand: (name) => `未知命令“${name}”。`,
  missingCommand: '缺少命令。',
  unknownOption: (option) => `未知选项“${option}”。`,
  optionNeedsValue: (option) => `选项 ${option} 需要一个值。`,
  optionTakesNoValue: (option) => `选项 ${option} 不接受值。`,
  badOptionValue: (option, value, allowed) =>
    `选项 ${option} 的值“${value}”无效，可选值：${allowed.join('、')}。`,
  missingArgument: (what) => `缺少参数：${what}。`,
  tooManyArguments: (extra) => `多余的参数：${extra.join(' ')}。`,
  seeHelp: (command) => `运行 onewindow ${command ? `${command} ` : ''}--help 查看用法。`,
  fileNotFound: (file) => `找不到文件 ${file}。`,
  fileUnreadable: (file, reason) => `无法读取文件 ${file}：${reason}`,
  isADirectory: (file) => `${file} 是目录，不是文件。`,
  notADirectory: (dir) => `${dir} 不是目录。`,
  globNoMatch: (pattern) => `没有文件匹配 ${pattern}。`,
  noSpecsInDirectory: (dir) => `目录 ${dir} 中没有 *.json 事项文件。`,
  invalidSpec: (file, errors) =>
    `${file} 不是有效的事项规范（${errors} 个错误），请先运行 onewindow validate ${file}。`,
  wrote: (file) => `已写入 ${file}`,
  cannotWrite: (file, reason) => `无法写入文件 ${file}：${reason}`,
  summary: (files, errors, warnings) => `检查了 ${files} 个文件：${errors} 个错误，${warnings} 个警告。`,
  specFiles: '事项文件或通配符',
  specFile: '事项文件',
  catalogDirectory: '事项目录',
  outputFile: '输出文件（-o）',
  compileFailed: (reason) => `无法生成校验模块：${reason}`,
  typesFailed: (reason) => `无法生成类型：${reason}`,
  unexpected: (reason) => `内部错误：${reason}`,
  notARegularFile: (file, kind) =>
    `${file} 不是普通文件（${{ fifo: '是命名管道', device: '是设备', socket: '是套接字', other: '是特殊文件' }[kind]}），只读取事项文件。`,
  outputIsInput: (file) => `拒绝写入 ${file}：它就是输入的事项文件。请换一个输出文件。`,
  fileTooLarge: (megabytes, limit) =>
    `文件有 ${megabytes} MB，超过 ${limit} MB 的读取上限，未读取（事项文件通常只有几十 KB）。`,
  encodingGb18030: '文件以 GBK/GB18030 编码保存，已按 GB18030 读取；请另存为 UTF-8。',
  encodingUtf16: (encoding) => `文件以 ${encoding} 编码保存，已按 ${encoding} 读取；请另存为 UTF-8。`,
  encodingInvalid: (problem) => {
    switch (problem.kind) {
      case 'damaged-utf8':
        return `此处的字节 ${hex(problem.byte)} 不是有效的 UTF-8，而文件其余部分是 UTF-8：文件可能已损坏。请检查该处并另存为 UTF-8。`;
      case 'unknown':
        return `无法识别文件的编码：它不是 UTF-8（此处的字节 ${hex(problem.byte)} 无法解码），也不是 GBK/GB18030 或带字节顺序标记的 UTF-16。请另存为 UTF-8。`;
      case 'utf32':
        return '文件以 UTF-32 编码保存，无法读取。请另存为 UTF-8。';
      case 'bad-utf16':
        return `文件以 ${problem.encoding} 的字节顺序标记开头，但此处的内容无法按 ${problem.encoding} 解码。请另存为 UTF-8。`;
      case 'nul':
        return '此处有 NUL 字符（U+0000）：这不是文本文件。';
    }
  },
  internalErrorInFile: (reason) =>
    `onewindow 处理此文件时出错：${reason}。请报告此问题（见 docs/security.md）；其他文件已照常检查。`,
};

const en: Messages = {
  unknownCommand: (name) => `Unknown command "${name}".`,
  missingCommand: 'Missing command.',
  unknownOption: (option) => `Unknown option "${option}".`,
  optionNeedsValue: (option) => `Option ${option} needs a value.`,
  optionTakesNoValue: (option) => `Option ${option} takes no value.`,
  badOptionValue: (option, value, allowed) =>
    `Invalid value "${value}" for option ${option}; expected one of: ${allowed.join(', ')}.`,
  missingArgument: (what) => `Missing argument: ${what}.`,
  tooManyArguments: (extra) => `Unexpected arguments: ${extra.join(' ')}.`,
  seeHelp: (command) => `Run onewindow ${command ? `${command} ` : ''}--help for usage.`,
  fileNotFound: (file) => `File not found: ${file}.`,
  fileUnreadable: (file, reason) => `Cannot read ${file}: ${reason}`,
  isADirectory: (file) => `${file} is a directory, not a file.`,
  notADirectory: (dir) => `${dir} is not a directory.`,
  globNoMatch: (pattern) => `No files match ${pattern}.`,
  noSpecsInDirectory: (dir) => `No *.json item specs in directory ${dir}.`,
  invalidSpec: (file, errors) =>
    `${file} is not a valid item spec (${errors} ${errors === 1 ? 'error' : 'errors'}); run onewindow validate ${file} first.`,
  wrote: (file) => `Wrote ${file}`,
  cannotWrite: (file, reason) => `Cannot write ${file}: ${reason}`,
  summary: (files, errors, warnings) =>
    `Checked ${files} ${files === 1 ? 'file' : 'files'}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  specFiles: 'spec files or globs',
  specFile: 'spec file',
  catalogDirectory: 'catalog directory',
  outputFile: 'output file (-o)',
  compileFailed: (reason) => `Cannot generate the validator module: ${reason}`,
  typesFailed: (reason) => `Cannot generate types: ${reason}`,
  unexpected: (reason) => `Internal error: ${reason}`,
  notARegularFile: (file, kind) =>
    `${file} is not a regular file (${{ fifo: 'a FIFO', device: 'a device', socket: 'a socket', other: 'a special file' }[kind]}): only spec files are read.`,
  outputIsInput: (file) => `Refusing to write ${file}: it is the input spec. Choose another output file.`,
  fileTooLarge: (megabytes, limit) =>
    `The file has ${megabytes} MB, over the ${limit} MB read limit, and was not read (spec files have tens of KB).`,
  encodingGb18030: 'The file is saved in GBK/GB18030; it was read as GB18030. Save it as UTF-8.',
  encodingUtf16: (encoding) =>
    `The file is saved in ${encoding}; it was read as ${encoding}. Save it as UTF-8.`,
  encodingInvalid: (problem) => {
    switch (problem.kind) {
      case 'damaged-utf8':
        return `Byte ${hex(problem.byte)} here is not valid UTF-8, although the rest of the file is UTF-8: the file may be damaged. Check it there and save it as UTF-8.`;
      case 'unknown':
        return `Cannot tell the file's encoding: it is not UTF-8 (byte ${hex(problem.byte)} here cannot be decoded), nor GBK/GB18030, nor UTF-16 with a byte-order mark. Save it as UTF-8.`;
      case 'utf32':
        return 'The file is saved in UTF-32, which is not read. Save it as UTF-8.';
      case 'bad-utf16':
        return `The file starts with a ${problem.encoding} byte-order mark, but what is here cannot be decoded as ${problem.encoding}. Save it as UTF-8.`;
      case 'nul':
        return 'A NUL character (U+0000) here: this is not a text file.';
    }
  },
  internalErrorInFile: (reason) =>
    `onewindow failed on this file: ${reason}. Please report it (see docs/security.md); the other files were checked.`,
};

/**
 * The CLI's own sentences in one language.
 *
 * @example
 * messages('en').fileNotFound('a.json'); // 'File not found: a.json.'
 */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zhCN;
}
