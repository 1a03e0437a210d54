/** Where a command writes and where it resolves relative paths; `process` satisfies it, tests pass fakes. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Directory that relative file arguments and globs are resolved against. */
  cwd: string;
}
