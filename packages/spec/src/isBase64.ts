/**
 * RFC 4648 base64: groups of four characters, the last group possibly padded with `=` or `==`.
 * Linear: the groups have a fixed width and the padded tail is bounded, so a failing match gives back one
 * group at a time and tries the short tail at each: a constant amount of work per character.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * True for standard base64 (RFC 4648 §4, padded, no line breaks): OpenAPI's `byte` format.
 *
 * ajv-formats checks `byte` with the same pattern but the flags `gm`, under which any line of the value
 * may match, so every value containing a line break passed (`"!!!\n"`); line breaks are refused here.
 *
 * @example
 * isBase64('5L2g5aW9'); // true
 * isBase64('5L2g5aW');  // false: not a whole number of groups
 */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}
