import type { Diagnostic } from '@onewindow/spec';

/**
 * Orders diagnostics by file, line, then column, so output is stable whatever order the checks ran in.
 *
 * @example
 * sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}`);
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byFile = (a: Diagnostic, b: Diagnostic) => {
    const [fileA, fileB] = [a.file ?? '', b.file ?? ''];
    return fileA < fileB ? -1 : fileA > fileB ? 1 : 0;
  };
  return [...diagnostics].sort((a, b) => byFile(a, b) || a.line - b.line || a.column - b.column);
}
