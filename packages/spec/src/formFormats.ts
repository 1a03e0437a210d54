import { format as cfworkerFormat } from '@cfworker/json-schema';
import { isBase64 } from './isBase64.js';
import { isChineseIdCardNumber } from './isChineseIdCardNumber.js';
import { isDate, isDateTime, isTime } from './isDateTime.js';
import { isMainlandMobile } from './isMainlandMobile.js';
import { isRegularExpression } from './isRegularExpression.js';
import { isWebUrl } from './isWebUrl.js';

/**
 * One of @cfworker/json-schema's own checks, taken when this module loads (before createFormValidator
 * writes this table into cfworker's). Throws at load if a cfworker release drops it, rather than leaving
 * the format silently unchecked.
 */
function cfworkerCheck(name: string): (value: string) => boolean {
  const check = cfworkerFormat[name];
  if (!check) throw new Error(`@cfworker/json-schema no longer checks format "${name}"`);
  return check;
}

/**
 * For formats that put no constraint on a string: OpenAPI's number formats (format checks skip numbers in
 * both validators, as in draft-07) and the `password` and `binary` hints.
 */
const anyString = (_value: string): boolean => true;

/**
 * Every string format the form validators know, each checked in time linear in the length of the value
 * (an applicant must not be able to freeze a form, or a server, with one long field). Both validators use
 * this one table, so they agree on every value: `createFormValidator` writes it into @cfworker/json-schema's
 * formats and `compileFormValidator` (in @onewindow/cli) bundles it into the compiled module. A format not in
 * the table is not checked by either. `bench/formats` measures each against long adversarial inputs.
 *
 * Where @cfworker/json-schema's check is linear it is used as is (it follows draft-07 more closely than
 * ajv-formats); its `url` regex, exponential, is replaced, as are its date-time check (which splits the value
 * into an array as long as itself), its regex check (slow to refuse deeply unbalanced groups) and the formats
 * only ajv-formats knew.
 *
 * @example
 * formFormats['cn-mobile']('13800138000');                 // true
 * formFormats.url('https://zwfw.example.gov.cn/apply');    // true
 * formFormats.url('http://' + 'a'.repeat(50_000) + ' ');   // false, at once
 */
export const formFormats: Readonly<Record<string, (value: string) => boolean>> = Object.freeze({
  // Ours: Chinese identity card numbers (fixed width) and mainland mobile numbers (fixed width).
  'cn-id-card': isChineseIdCardNumber,
  'cn-mobile': isMainlandMobile,

  // RFC 3339 dates and times, and ajv-formats' ISO 8601 variants (offset optional): fixed-width patterns.
  date: isDate,
  time: (value: string) => isTime(value, 'required'),
  'date-time': (value: string) => isDateTime(value, 'required'),
  'iso-time': (value: string) => isTime(value, 'optional'),
  'iso-date-time': (value: string) => isDateTime(value, 'optional'),
  // RFC 3339 appendix A durations: each `\d+` is followed by a letter, so it gives back at most once.
  duration: cfworkerCheck('duration'),

  // RFC 3986 (jmrware's regex): every repetition is over alternatives that start with different
  // characters (`%` or an unreserved character; segments after `/`), so there is one way to match a prefix.
  uri: cfworkerCheck('uri'),
  'uri-reference': cfworkerCheck('uri-reference'),
  // RFC 6570: literals exclude `{` and `%`, variable lists are split by `,` and `.`: one way to match.
  'uri-template': cfworkerCheck('uri-template'),
  // Web addresses (dperini's language) by a linear scan: cfworker's regex is exponential, ajv-formats' quadratic.
  url: isWebUrl,

  // The local part's classes exclude `@` and `"`; the host is checked by a pattern whose look-ahead caps it
  // at 253 characters.
  email: cfworkerCheck('email'),
  hostname: cfworkerCheck('hostname'),
  // Bounded patterns: no repetition without an upper bound, so a match looks at a few dozen characters.
  ipv4: cfworkerCheck('ipv4'),
  ipv6: cfworkerCheck('ipv6'),
  uuid: cfworkerCheck('uuid'),
  // ECMAScript regular expressions (with the `u` flag, as `pattern`): parsed by the engine, never run,
  // after a scan that refuses unbalanced groups cheaply (V8 takes ~18 ms to refuse 50,000 `(`).
  regex: isRegularExpression,
  // RFC 6901 pointers: `~0`, `~1` and other characters are distinct, segments start with `/`.
  'json-pointer': cfworkerCheck('json-pointer'),
  'json-pointer-uri-fragment': cfworkerCheck('json-pointer-uri-fragment'),
  'relative-json-pointer': cfworkerCheck('relative-json-pointer'),

  // OpenAPI formats (ajv-formats): base64 by a linear pattern, the rest constrain no string.
  byte: isBase64,
  int32: anyString,
  int64: anyString,
  float: anyString,
  double: anyString,
  password: anyString,
  binary: anyString,
});
