import { createFormValidator, type FormValidator } from '@onewindow/spec';
import schema from '../holiday-year.schema.json' with { type: 'json' };
import { dateOfDayNumber, dayNumber } from './calendarDate.js';

/** One year of the national calendar, as `chineseHolidayCalendar({ extraYears })` takes it. */
export interface HolidayYear {
  /** The year the notice arranges. */
  year: number;
  /** Days off (YYYY-MM-DD), ascending; may include the last days of the year before (元旦 runs). */
  holidays: string[];
  /** 调休 make-up working days (Saturdays and Sundays worked), ascending. */
  workdays: string[];
  /** The notice's title and number, when the file gives it. */
  notice?: string;
}

/** One thing wrong with a holiday-year file, at a JSON pointer into it ('' for the whole file). */
export interface HolidayYearProblem {
  pointer: string;
  /** zh-CN, naming the place. */
  message: string;
  messageEn: string;
}

/** The result of {@link holidayYearFromJson}: the year, or every problem found. */
export type HolidayYearResult = { ok: true; year: HolidayYear } | { ok: false; errors: HolidayYearProblem[] };

/** The file as the schema describes it. */
interface HolidayYearFile {
  year: number;
  notice?: string;
  holidays: { name: string; from: string; to: string; workdays?: string[] }[];
}

/** The longest run of days off one holiday may have (the longest so far: 春节 2020, 10 days). */
const LONGEST_HOLIDAY = 31;

let validators: { zh: FormValidator; en: FormValidator } | undefined;
/** The schema's validators (CSP-safe, from @onewindow/spec), built on first use. */
function schemaValidators() {
  validators ??= {
    zh: createFormValidator(schema, { lang: 'zh-CN' }),
    en: createFormValidator(schema, { lang: 'en' }),
  };
  return validators;
}

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

const where = (pointer: string, lang: 'zh-CN' | 'en') =>
  pointer === '' ? (lang === 'zh-CN' ? '文件' : 'the file') : pointer;

/** Line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * The offset of the first JSON syntax error in a text JSON.parse refused (V8's messages do not always give
 * one), or -1. Iterative, so any nesting depth is fine.
 */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      i += code === 92 ? 2 : 1;
    }
    return false;
  };
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const stack: string[] = [];
  for (;;) {
    skipSpace();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      i++;
      skipSpace();
      if (text[i] === (ch === '{' ? '}' : ']')) i++;
      else {
        stack.push(ch);
        if (ch === '{' && !key()) return i;
        continue;
      }
    } else if (ch === '"') {
      if (!string()) return i;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    // after a value: a comma, the end of its container, or the end of the text
    for (;;) {
      skipSpace();
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? i : -1;
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (text[i] !== (top === '{' ? '}' : ']')) return i;
      i++;
      stack.pop();
    }
  }
}

/** JSON.parse, with the line and column of a syntax error. */
function parse(text: string): { value: unknown } | { problem: HolidayYearProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = syntaxErrorOffset(text);
    const at = offset < 0 ? null : lineAndColumn(text, offset);
    return {
      problem: {
        pointer: '',
        message: at
          ? `不是有效的 JSON：第 ${at.line} 行第 ${at.column} 列（${detail}）`
          : `不是有效的 JSON（${detail}）`,
        messageEn: at
          ? `Not valid JSON: line ${at.line}, column ${at.column} (${detail})`
          : `Not valid JSON (${detail})`,
      },
    };
  }
}

/** The day number of a date the schema let through, or null for an impossible one (2027-02-30). */
function dayOrNull(date: string): number | null {
  try {
    return dayNumber(date);
  } catch {
    return null;
  }
}

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (day: number) => (day + 4) % 7; // 1970-01-01 was a Thursday

/** What the schema cannot say: real dates, in the year, ranges forwards, make-up days on weekends, no overlaps. */
function checkDays(file: HolidayYearFile): { year: HolidayYear; problems: HolidayYearProblem[] } {
  const problems: HolidayYearProblem[] = [];
  const problem = (pointer: string, zh: string, en: string) =>
    problems.push({ pointer, message: `${pointer}：${zh}`, messageEn: `${pointer}: ${en}` });
  const { year } = file;
  // A notice arranges its own year and may start 元旦 in the last days of the year before (2019's did).
  const firstAllowed = dayNumber(`${year - 1}-12-01`);
  const lastAllowed = dayNumber(`${year}-12-31`);
  const inYear = (pointer: string, date: string): number | null => {
    const day = dayOrNull(date);
    if (day === null) {
      problem(pointer, `日期“${date}”不存在`, `there is no date "${date}"`);
      return null;
    }
    if (day < firstAllowed || day > lastAllowed) {
      problem(
        pointer,
        `日期“${date}”不在 ${year} 年（或 ${year - 1} 年 12 月）之内`,
        `"${date}" is not in ${year} (nor in December ${year - 1})`,
      );
      return null;
    }
    return day;
  };
  const off = new Map<number, string>(); // day → pointer of the holiday that has it off
  const on = new Map<number, string>();
  file.holidays.forEach((holiday, i) => {
    const at = `/holidays/${i}`;
    const from = inYear(`${at}/from`, holiday.from);
    const to = inYear(`${at}/to`, holiday.to);
    if (from !== null && to !== null) {
      if (to < from) {
        problem(
          `${at}/to`,
          `放假最后一天 ${holiday.to} 早于第一天 ${holiday.from}`,
          `${holiday.to} is before ${holiday.from}`,
        );
      } else if (to - from + 1 > LONGEST_HOLIDAY) {
        problem(
          `${at}/to`,
          `“${holiday.name}”放假 ${to - from + 1} 天，超过 ${LONGEST_HOLIDAY} 天：请核对日期`,
          `"${holiday.name}" would be ${to - from + 1} days off, more than ${LONGEST_HOLIDAY}: check the dates`,
        );
      } else {
        for (let day = from; day <= to; day++) {
          const other = off.get(day);
          if (other !== undefined) {
            problem(
              `${at}/from`,
              `${dateOfDayNumber(day)} 已在 ${other} 中放假：节日的日期重叠`,
              `${dateOfDayNumber(day)} is already off in ${other}: the holidays overlap`,
            );
            break;
          }
          off.set(day, at);
        }
      }
    }
    (holiday.workdays ?? []).forEach((date, j) => {
      const pointer = `${at}/workdays/${j}`;
      const day = inYear(pointer, date);
      if (day === null) return;
      const weekday = weekdayOf(day);
      if (weekday !== 0 && weekday !== 6) {
        problem(
          pointer,
          `调休上班日 ${date} 是${WEEKDAYS_ZH[weekday]}：调休上班日只能是周六或周日`,
          `make-up working day ${date} is a ${WEEKDAYS_EN[weekday]}: make-up days are Saturdays or Sundays`,
        );
        return;
      }
      if (on.has(day)) {
        problem(
          pointer,
          `调休上班日 ${date} 重复（另见 ${on.get(day)}）`,
          `${date} is listed twice (see ${on.get(day)})`,
        );
        return;
      }
      on.set(day, pointer);
    });
  });
  for (const [day, pointer] of on) {
    if (off.has(day)) {
      const date = dateOfDayNumber(day);
      problem(
        pointer,
        `${date} 既是放假日又是调休上班日`,
        `${date} is both a day off and a make-up working day`,
      );
    }
  }
  const dates = (days: Iterable<number>) => [...days].sort((a, b) => a - b).map(dateOfDayNumber);
  return {
    year: {
      year,
      holidays: dates(off.keys()),
      workdays: dates(on.keys()),
      ...(file.notice !== undefined ? { notice: file.notice } : {}),
    },
    problems,
  };
}

/**
 * Reads one year of the State Council's holiday schedule (国务院办公厅关于某年部分节假日安排的通知) from a JSON
 * file checked by `holiday-year.schema.json` (in this package), so a host can add a year before the package
 * has it. Besides the schema it checks that every date exists and lies in the year (or in the December before,
 * where 元旦 starts then), that ranges run forwards, that make-up working days are Saturdays or Sundays and
 * not days off, and that holidays do not overlap. Every problem is reported with its JSON pointer; it never
 * throws.
 *
 * @example
 * const result = holidayYearFromJson(readFileSync('holidays/2027.json', 'utf8'));
 * if (!result.ok) for (const e of result.errors) console.error(e.message);
 * else calendar = chineseHolidayCalendar({ extraYears: [result.year] });
 */
export function holidayYearFromJson(input: string | unknown): HolidayYearResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    const parsed = parse(input);
    if ('problem' in parsed) return { ok: false, errors: [parsed.problem] };
    value = parsed.value;
  }
  const { zh, en } = schemaValidators();
  const zhErrors = zh.validate(value);
  if (zhErrors.length > 0) {
    const enErrors = en.validate(value);
    return {
      ok: false,
      errors: zhErrors.map((found, i) => {
        // an unknown property is pointed at itself, not at the object that has it
        const extra = found.keyword === 'additionalProperties' ? found.params.additionalProperty : undefined;
        const error =
          typeof extra === 'string'
            ? { ...found, pointer: `${found.pointer}/${escapePointer(extra)}` }
            : found;
        const english = enErrors[i]?.message ?? error.message;
        const hint = error.keyword === 'pattern';
        return {
          pointer: error.pointer,
          message: `${where(error.pointer, 'zh-CN')}：${error.message}${hint ? '（应为 YYYY-MM-DD）' : ''}`,
          messageEn: `${where(error.pointer, 'en')}: ${english}${hint ? ' (expected YYYY-MM-DD)' : ''}`,
        };
      }),
    };
  }
  const { year, problems } = checkDays(value as HolidayYearFile);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, year };
}
