/**
 * Characters that mean something to Mermaid or to the HTML it renders labels into:
 * - line terminators and other controls (`\n`, `\r`, U+2028, U+2029, U+0085 …): a line break would start a
 *   new statement — an edge, a state, a `%%{init}%%` directive — from inside a stage name;
 * - format characters (bidirectional overrides U+202E …), which make the source read differently;
 * - `"` ends a quoted state name; `:` starts an edge label, `;` ends a statement, `%` starts a comment or
 *   directive (`%%`), `#` an entity code (`#quot;`), `{` `}` a composite state or directive body, `\`
 *   an escape, `` ` `` a Markdown string;
 * - `<`, `>` and `&` are HTML (Mermaid renders labels as HTML).
 */
const MERMAID_SPECIAL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"`:;%#{}\\<>&]/gu;

/**
 * Text as a Mermaid label: each special character ({@link MERMAID_SPECIAL}) becomes a space, runs of
 * spaces one space. Spaces rather than escapes, as Mermaid's entity codes (`#35;`) differ between diagram
 * types and renderers; a label only has to be read. Stage names come from the spec, which may come from
 * anywhere.
 *
 * @example
 * mermaidLabel('审核"\n  [*] --> x'); // '审核 [*] -- x'
 */
export function mermaidLabel(text: string): string {
  return text.replace(MERMAID_SPECIAL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A state id as a Mermaid node id: `.` becomes `_` (`accepted.review` → `accepted_review`). Stage ids are
 * `[A-Za-z][A-Za-z0-9_-]*` in a valid spec; any other character (from a spec that was never validated)
 * becomes its code point in hex between `_`, so that it cannot end the id.
 *
 * @example
 * mermaidNodeId('accepted.review'); // 'accepted_review'
 * mermaidNodeId('accepted.a b');    // 'accepted_a_20_b'
 */
export function mermaidNodeId(state: string): string {
  return state.replace(/[^A-Za-z0-9_-]/gu, (character) =>
    character === '.' ? '_' : `_${character.codePointAt(0)!.toString(16)}_`,
  );
}
