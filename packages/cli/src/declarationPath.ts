/**
 * The declaration file beside a module: `a.js` → `a.d.ts`, `a.mjs` → `a.d.mts`, anything else + `.d.ts`.
 *
 * @example
 * declarationPath('/out/dibao.validate.js'); // '/out/dibao.validate.d.ts'
 */
export function declarationPath(modulePath: string): string {
  if (modulePath.endsWith('.mjs')) return `${modulePath.slice(0, -4)}.d.mts`;
  if (modulePath.endsWith('.js')) return `${modulePath.slice(0, -3)}.d.ts`;
  return `${modulePath}.d.ts`;
}
