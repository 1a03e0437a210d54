// Generated bench forms: n top-level fields of mixed widgets (text, email, mobile, integer, select,
// radio, checkbox, date, textarea), a few required, the same JSON for <ow-form> and RJSF.

/** The index of the text field the bench types into: a plain string near the middle. */
export function typedFieldIndex(n) {
  let i = Math.floor(n / 2);
  while (i % 9 !== 0) i++;
  return i;
}

/**
 * @param {number} n number of fields
 * @returns {{ schema: object, uiSchema: object, typedField: string }}
 */
export function benchForm(n) {
  const properties = {};
  const uiSchema = {};
  const required = [];
  for (let i = 0; i < n; i++) {
    const name = `f${i}`;
    switch (i % 9) {
      case 0:
        properties[name] = { type: 'string', title: `姓名 ${i}`, minLength: 2, maxLength: 200 };
        break;
      case 1:
        properties[name] = { type: 'string', title: `电子邮箱 ${i}`, format: 'email' };
        break;
      case 2:
        properties[name] = { type: 'string', title: `手机号码 ${i}`, format: 'cn-mobile' };
        break;
      case 3:
        properties[name] = { type: 'integer', title: `人数 ${i}`, minimum: 0, maximum: 99 };
        break;
      case 4:
        properties[name] = {
          type: 'string',
          title: `区县 ${i}`,
          oneOf: [
            { const: 'a', title: '西湖区' },
            { const: 'b', title: '滨江区' },
            { const: 'c', title: '余杭区' },
          ],
        };
        break;
      case 5:
        properties[name] = { type: 'string', title: `性别 ${i}`, enum: ['男', '女'] };
        uiSchema[name] = { 'ui:widget': 'radio' };
        break;
      case 6:
        properties[name] = { type: 'boolean', title: `同意 ${i}` };
        break;
      case 7:
        properties[name] = { type: 'string', title: `日期 ${i}`, format: 'date' };
        break;
      default:
        properties[name] = { type: 'string', title: `备注 ${i}` };
        uiSchema[name] = { 'ui:widget': 'textarea' };
    }
    if (i % 10 === 0) required.push(name);
  }
  return {
    schema: { type: 'object', title: `申请表（${n} 项）`, required, properties },
    uiSchema,
    typedField: `f${typedFieldIndex(n)}`,
  };
}
