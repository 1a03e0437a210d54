import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { Finding } from './Finding.js';
import { toJsonPointer } from './jsonPointer.js';
import { SPEC_LIMITS } from './specLimits.js';
import { walkJsonText } from './walkJsonText.js';

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
 * The offset of the first `[` or `{` nested deeper than `maxDepth` (the outermost is level 1), counting
 * brackets outside strings in one pass; -1 when there is none. Works on any text, valid JSON or not: it runs
 * before jsonc-parser, whose parser recurses once per level and overflowed the stack on 100,000 `[`.
 *
 * @example
 * tooDeepOffset('[[[', 2); // 2
 */
export function tooDeepOffset(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 92)
        at++; // the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      depth++;
      if (depth > maxDepth) return at;
    } else if ((code === 93 || code === 125) && depth > 0) depth--;
  }
  return -1;
}

/**
 * Parses strict JSON text (no comments, no trailing commas). Returns the value, or syntax findings
 * located by offset (jsonc-parser tolerates and reports every problem, JSON.parse only the first).
 * Invalid text nested deeper than `SPEC_LIMITS.maxDepth` is reported as `json/too-deep` instead.
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
    const deep = tooDeepOffset(text, SPEC_LIMITS.maxDepth);
    if (deep >= 0) {
      const params = { limit: SPEC_LIMITS.maxDepth };
      return { findings: [{ code: 'json/too-deep', severity: 'error', pointer: '', offset: deep, params }] };
    }
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // One report per place: a trailing comma, for one, trips two checks at the same offset.
    const offsets = new Set<number>();
    const firstPerOffset = errors.filter((error) => !offsets.has(error.offset) && offsets.add(error.offset));
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

/**
 * A `json/duplicate-key` warning at each repeated property name of an object (after the first), in one pass
 * over a valid JSON text. JSON.parse keeps the last value silently; the spec means what it read, so this is
 * a warning, pointing at the repeated name and naming the line of the first.
 *
 * @example
 * duplicateKeyFindings('{"a": 1,\n "a": 2}');
 * // [{ code: 'json/duplicate-key', severity: 'warning', pointer: '/a', offset: 10, params: { key: 'a', line: 1 } }]
 */
export function duplicateKeyFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  /** For each open container: its key, and for objects the offset of each name seen. */
  const open: { key: string; names?: Map<string, number> }[] = [];
  let lineStarts: number[] | undefined;
  const lineOf = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  walkJsonText(text, {
    enter(value) {
      const parent = open[open.length - 1];
      const key = value.key === undefined ? '' : String(value.key);
      if (parent?.names && typeof value.key === 'string') {
        const first = parent.names.get(value.key);
        if (first === undefined) parent.names.set(value.key, value.keyOffset);
        else {
          findings.push({
            code: 'json/duplicate-key',
            severity: 'warning',
            pointer: toJsonPointer([...open.slice(1).map((entry) => entry.key), value.key]),
            offset: value.keyOffset,
            params: { key: value.key, line: lineOf(first) },
          });
        }
      }
      if (value.kind === 'object') open.push({ key, names: new Map() });
      else if (value.kind === 'array') open.push({ key });
    },
    leave() {
      open.pop();
    },
  });
  return findings;
}
