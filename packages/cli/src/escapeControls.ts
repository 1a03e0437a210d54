/**
 * Characters that a terminal or an editor acts on instead of showing: C0 controls but tab and line feed
 * (ESC starts the sequences that clear the screen, move the cursor, set the window title or write to the
 * clipboard; CR and backspace overwrite what was printed), DEL, the C1 controls (U+0080–U+009F; U+009B is a
 * one-character CSI for some terminals), the bidirectional formatting characters that make text read in
 * another order than it is stored ("Trojan Source"), and the line and paragraph separators.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const unicodeEscape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text with every character in {@link CONTROLS} written as a `\uXXXX` escape, so that spec text (and file
 * names) shown by the CLI cannot drive the terminal or hide what it says. Tab and line feed stay.
 *
 * The CLI passes everything it prints through this (see `main`), whatever the format: in text output the
 * escape shows the analyst exactly what the file holds; inside the JSON strings of `--format json` and the
 * string literals of generated TypeScript, `\uXXXX` is an escape of the very same character, so the value
 * read back does not change; in comments it is plain text.
 *
 * @example
 * escapeControls('bogus\u001b[2J\u202eevil'); // 'bogus\\u001b[2J\\u202eevil'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, unicodeEscape);
}
