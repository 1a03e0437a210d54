import path from 'node:path';

/**
 * How a file is named in output: relative to the working directory when inside it (with `/` separators,
 * so lines look the same on every system), absolute otherwise.
 *
 * @example
 * displayPath('/work/examples/specs/a.json', '/work'); // 'examples/specs/a.json'
 * displayPath('/tmp/a.json', '/work');                 // '/tmp/a.json'
 * displayPath('/work', '/work');                       // '.'
 */
export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolutePath;
  return relative.split(path.sep).join('/');
}
