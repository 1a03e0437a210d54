/**
 * Mounts an element into a clean body, lets the test set properties first, and waits for
 * the first render.
 *
 * @example
 * const el = await mount('ow-evaluation', (e) => { e.lang = 'en'; });
 */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => {},
): Promise<HTMLElementTagNameMap[K]> {
  // Elements inherit the page language; Vitest's page says lang="en", a portal page here says zh-CN.
  document.documentElement.lang = 'zh-CN';
  document.body.replaceChildren();
  const el = document.createElement(tag);
  setup(el);
  document.body.append(el);
  await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}
