/**
 * Characters escaped as `\uXXXX` inside the banner's JSON, beyond what JSON.stringify escapes:
 * - U+2028 and U+2029 end a line in JavaScript (and in editors) although JSON allows them raw;
 * - C1 controls (U+007F–U+009F) and format characters such as the bidirectional overrides (U+202E), which
 *   can make the code after them look different from what runs ("Trojan Source");
 * - `<` and `>`, so that `</script>` or `<!--` never appears when a module is inlined into an HTML page.
 */
const ESCAPED = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}<>]/gu;

const unicodeEscape = (character: string) =>
  Array.from(
    { length: character.length },
    (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`,
  ).join('');

/**
 * The one-line block comment at the top of a generated file: a fixed heading, then where the file came
 * from (file name, item id, revision) as one JSON object.
 *
 * Those values come from the spec and its file name, which may come from anywhere, so they are never
 * written as they are. They go in as JSON (quotes, backslashes and line breaks escaped), with every `*\/`
 * written `*\\/` so the comment cannot be closed early, and the characters in {@link ESCAPED} as `\uXXXX`.
 * The result is still valid JSON for the same values, so a tool can read them back. A comment was chosen
 * over an exported constant because the `types` output must not contain runtime code, and a constant
 * would need the same escaping to be safe inline in HTML.
 *
 * @example
 * generatedFileBanner('onewindow compile: generated, do not edit.', { source: 'a.json', revision: '*\/x' });
 * // '/* onewindow compile: generated, do not edit. {"source":"a.json","revision":"*\\/x"} *\/'
 */
export function generatedFileBanner(
  heading: string,
  origin: Readonly<Record<string, string | undefined>>,
): string {
  // The heading is our own text; a line break or `*\/` in it would be a bug here, not an attack.
  if (/\*\/|[\n\r\u2028\u2029]/.test(heading)) throw new Error(`banner heading must be one line without */`);
  const json = JSON.stringify(origin).replace(/\*\//g, '*\\/').replace(ESCAPED, unicodeEscape);
  return `/* ${heading} ${json} */`;
}
