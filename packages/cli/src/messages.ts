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
}

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
