/**
 * Resolves a link from a spec (template, sample, website) against a base address and returns
 * it only when it is an http(s) URL. Specs come from untrusted places: a `javascript:` or
 * `data:` link must never reach an `href`.
 *
 * @example
 * safeHref('templates/form.docx', 'https://gov.example/specs/dibao.json'); // 'https://gov.example/specs/templates/form.docx'
 * safeHref('javascript:alert(1)'); // undefined
 */
export function safeHref(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base ?? document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
