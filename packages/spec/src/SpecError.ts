/**
 * An error thrown by the spec package with a stable code, e.g. `condition/forbidden-operation`.
 *
 * @example
 * try { evaluateCondition({ method: ['x', 'toString'] }, {}); }
 * catch (error) { if (error instanceof SpecError) console.log(error.code); } // 'condition/forbidden-operation'
 */
export class SpecError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'SpecError';
    this.code = code;
    this.details = details;
  }
}
