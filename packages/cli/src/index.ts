export type { CliIo } from './CliIo.js';
export { compileFormValidator } from './compileFormValidator.js';
export { formDataTypeName } from './formDataTypeName.js';
export { generateFormDataTypes } from './generateFormDataTypes.js';
export { main } from './main.js';
