import ts from 'typescript';

/** Type-checks files on disk with strict settings; returns each error as `file:line message`. */
export function typeErrors(rootNames: string[]): string[] {
  const program = ts.createProgram(rootNames, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    // The standard library is trusted and large: checking it would take most of the time. Our generated
    // .d.ts files are still checked (no skipLibCheck).
    lib: ['lib.es2022.d.ts'],
    skipDefaultLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1} ${message}`;
  });
}
