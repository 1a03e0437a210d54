import type { Diagnostic, Lang } from '@onewindow/spec';
import { messages } from './messages.js';

/** Output formats of `validate` and `lint-catalog`. */
export type DiagnosticFormat = 'text' | 'json';

/**
 * Renders diagnostics for the terminal or for tools.
 * - `text`: one `file:line:column severity code message` line each (severity stays `error`/`warning` in
 *   every language, as tsc does, so editors' problem matchers work), then a summary line.
 * - `json`: an array of the diagnostics, each with its `file`, and nothing else (the output parses).
 *
 * @example
 * formatDiagnostics([{ file: 'a.json', line: 3, column: 5, severity: 'error', code: 'schema/required',
 *   message: '缺少必填属性 name', pointer: '' }], 1, 'text', 'zh-CN');
 * // 'a.json:3:5 error schema/required 缺少必填属性 name\n检查了 1 个文件：1 个错误，0 个警告。\n'
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  fileCount: number,
  format: DiagnosticFormat,
  lang: Lang,
): string {
  if (format === 'json') {
    // `file` first: it is what a reader of the JSON looks for first.
    const withFileFirst = diagnostics.map(({ file, ...rest }) => ({ file: file ?? null, ...rest }));
    return `${JSON.stringify(withFileFirst, null, 2)}\n`;
  }
  const lines = diagnostics.map(
    (d) =>
      `${d.file ?? '-'}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\r?\n/g, ' ')}`,
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  lines.push(messages(lang).summary(fileCount, errors, diagnostics.length - errors));
  return `${lines.join('\n')}\n`;
}
