// The peer, bundled the same way: RJSF 6 + validator-ajv8 + React 19 + react-dom, mounting one form.
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

export function mountForm(container, schema, uiSchema) {
  createRoot(container).render(createElement(Form, { schema, uiSchema, validator }));
}
