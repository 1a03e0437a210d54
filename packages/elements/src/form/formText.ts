import type { Lang } from '../i18n/lang.js';

const zh = {
  submit: '提交',
  add: '添加',
  remove: '删除',
  moveUp: '上移',
  moveDown: '下移',
  choose: '请选择',
  yes: '是',
  no: '否',
  item: (n: number) => `第 ${n} 项`,
  option: (n: number) => `选项 ${n}`,
  summary: (n: number) => `表单有 ${n} 处需要更正，请检查标红的项目。`,
};

/** The UI words of `<ow-form>` itself (buttons, placeholders), zh-CN first. */
export type FormText = typeof zh;

const en: FormText = {
  submit: 'Submit',
  add: 'Add',
  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  choose: 'Choose…',
  yes: 'Yes',
  no: 'No',
  item: (n) => `Item ${n}`,
  option: (n) => `Option ${n}`,
  summary: (n) =>
    `The form has ${n} ${n === 1 ? 'problem' : 'problems'} to correct; see the fields marked in red.`,
};

/**
 * The form's own UI words in `lang`.
 *
 * @example
 * formText('en').add; // → 'Add'
 */
export function formText(lang: Lang): FormText {
  return lang === 'en' ? en : zh;
}
