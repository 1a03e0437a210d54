import type { Lang, ServiceItemSpec } from '@onewindow/spec';
import { formDataTypeName } from './formDataTypeName.js';
import { generateFormDataTypes } from './generateFormDataTypes.js';

/**
 * The `.d.ts` written beside a module made by `onewindow compile`: the form data types and a validate
 * function that narrows `unknown` to them. The function type fits `fromAjvStandalone()` of @onewindow/spec.
 *
 * @example
 * await writeFile('dibao-apply.validate.d.ts', await validatorDeclarations(spec, { source: 'dibao-apply.json' }));
 * // … export default validate; where validate(data: unknown): data is DibaoApplyFormData
 */
export async function validatorDeclarations(
  spec: ServiceItemSpec,
  options: { source?: string; lang?: Lang } = {},
): Promise<string> {
  const name = formDataTypeName(spec.id);
  const types = await generateFormDataTypes(spec, options);
  return `${types.trimEnd()}

/** One error as ajv reports it. */
export interface FormValidationError {
  keyword: string;
  /** JSON pointer to the value in the form data, e.g. "/applicant/idNumber". */
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Validates ${name}: true when valid, otherwise \`errors\` lists every problem. */
export interface ${name}Validate {
  (data: unknown): data is ${name};
  errors?: FormValidationError[] | null;
}

declare const validate: ${name}Validate;
export { validate };
export default validate;
`;
}
