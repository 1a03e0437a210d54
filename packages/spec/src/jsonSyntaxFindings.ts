import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { Finding } from './Finding.js';

const PROBLEMS: Record<string, { 'zh-CN': string; en: string }> = {
  InvalidSymbol: {
    'zh-CN': '无法识别的符号（字符串须用双引号）',
    en: 'unexpected symbol (strings need double quotes)',
  },
  InvalidNumberFormat: { 'zh-CN': '数字格式不正确', en: 'malformed number' },
  PropertyNameExpected: {
    'zh-CN': '此处应为用双引号括起的字段名（检查是否有多余的逗号）',
    en: 'a property name in double quotes is expected (look for a trailing comma)',
  },
  ValueExpected: {
    'zh-CN': '此处缺少值（检查是否有多余的逗号）',
    en: 'a value is expected (look for a trailing comma)',
  },
  ColonExpected: { 'zh-CN': '字段名后缺少冒号 “:”', en: 'a colon ":" is expected after the property name' },
  CommaExpected: { 'zh-CN': '缺少逗号 “,”', en: 'a comma "," is expected' },
  CloseBraceExpected: { 'zh-CN': '缺少右花括号 “}”', en: 'a closing brace "}" is expected' },
  CloseBracketExpected: { 'zh-CN': '缺少右方括号 “]”', en: 'a closing bracket "]" is expected' },
  EndOfFileExpected: {
    'zh-CN': 'JSON 已结束，后面还有多余内容',
    en: 'unexpected content after the end of the JSON',
  },
  InvalidCommentToken: { 'zh-CN': 'JSON 中不允许注释', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: {
    'zh-CN': '注释没有结束（JSON 中不允许注释）',
    en: 'unterminated comment (comments are not allowed)',
  },
  UnexpectedEndOfString: {
    'zh-CN': '字符串没有结束（缺少右双引号）',
    en: 'unterminated string (missing closing quote)',
  },
  UnexpectedEndOfNumber: { 'zh-CN': '数字不完整', en: 'incomplete number' },
  InvalidUnicode: { 'zh-CN': '无效的 \\u 转义序列', en: 'invalid \\u escape sequence' },
  InvalidEscapeCharacter: { 'zh-CN': '无效的转义字符', en: 'invalid escape character' },
  InvalidCharacter: {
    'zh-CN': '字符串中有不允许的字符（如未转义的换行或制表符）',
    en: 'invalid character in a string (e.g. an unescaped line break or tab)',
  },
};

/**
 * Parses strict JSON text (no comments, no trailing commas). Returns the value, or syntax findings
 * located by offset (jsonc-parser tolerates and reports every problem, JSON.parse only the first).
 *
 * @example
 * parseStrictJson('{"a": 1,}').findings[0]?.params.problem; // '此处应为用双引号括起的字段名（检查是否有多余的逗号）'
 */
export function parseStrictJson(text: string): { value?: unknown; findings: Finding[] } {
  try {
    return { value: JSON.parse(text), findings: [] };
  } catch (cause) {
    if (text.trim() === '') {
      const params = { problem: '内容为空', problemEn: 'the text is empty' };
      return { findings: [{ code: 'json/syntax', severity: 'error', pointer: '', offset: 0, params }] };
    }
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // One report per place: a trailing comma, for one, trips two checks at the same offset.
    const firstPerOffset = errors.filter(
      (error, index) => errors.findIndex((other) => other.offset === error.offset) === index,
    );
    const findings: Finding[] = firstPerOffset.map((error) => {
      const name = printParseErrorCode(error.error);
      const problem = PROBLEMS[name];
      return {
        code: 'json/syntax',
        severity: 'error',
        pointer: '',
        offset: error.offset,
        params: { problem: problem?.['zh-CN'] ?? name, problemEn: problem?.en ?? name },
      };
    });
    if (findings.length === 0) {
      // Something JSON.parse refuses that jsonc-parser accepts: report JSON.parse's own words.
      const detail = (cause as Error).message;
      const position = /position (\d+)/.exec(detail);
      findings.push({
        code: 'json/syntax',
        severity: 'error',
        pointer: '',
        offset: position ? Number(position[1]) : 0,
        params: { problem: detail, problemEn: detail },
      });
    }
    return { findings };
  }
}
