/** Exit code for wrong usage: unknown command or option, missing argument, a path that names nothing. */
export const USAGE_ERROR = 2;
/** Exit code for findings: error diagnostics, or a spec that cannot be used. */
export const FINDINGS = 1;

/**
 * An expected failure with a message for the user (already localized) and an exit code.
 * `main` prints the message to stderr, never a stack trace.
 *
 * @example
 * throw new CliError('找不到文件 a.json', USAGE_ERROR);
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
