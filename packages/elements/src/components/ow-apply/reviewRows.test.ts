import { describe, expect, test } from 'vitest';
import { reviewRows } from './reviewRows.js';

const schema = {
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      title: '申请人',
      properties: {
        name: { type: 'string', title: '姓名' },
        byAgent: { type: 'boolean', title: '委托代办' },
      },
    },
    members: {
      type: 'array',
      title: '家庭成员',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', title: '姓名' },
          relation: { title: '关系', oneOf: [{ const: 'spouse', title: '配偶' }] },
        },
      },
    },
    level: { type: 'string', title: '档次', enum: ['a', 'b'], enumNames: ['一档', '二档'] },
    tags: { type: 'array', title: '标签', items: { type: 'string' } },
  },
};

describe('reviewRows', () => {
  test('labels nested fields with their parents, and shows values as words', () => {
    const rows = reviewRows(
      schema,
      { applicant: { name: '张三', byAgent: false }, level: 'b', tags: ['低保', '残疾'] },
      ['applicant', 'level', 'tags'],
      'zh-CN',
    );
    expect(rows).toEqual([
      { pointer: '/applicant/name', label: '申请人 · 姓名', value: '张三' },
      { pointer: '/applicant/byAgent', label: '申请人 · 委托代办', value: '否' },
      { pointer: '/level', label: '档次', value: '二档' },
      { pointer: '/tags', label: '标签', value: '低保、残疾' },
    ]);
  });

  test('a list of objects gives rows per item; missing values say so', () => {
    const rows = reviewRows(
      schema,
      { members: [{ name: '李四', relation: 'spouse' }, {}] },
      ['members'],
      'zh-CN',
    );
    expect(rows).toEqual([
      { pointer: '/members/0/name', label: '家庭成员 · 第 1 项 · 姓名', value: '李四' },
      { pointer: '/members/0/relation', label: '家庭成员 · 第 1 项 · 关系', value: '配偶' },
      { pointer: '/members/1/name', label: '家庭成员 · 第 2 项 · 姓名', value: '未填写' },
      { pointer: '/members/1/relation', label: '家庭成员 · 第 2 项 · 关系', value: '未填写' },
    ]);
    expect(reviewRows(schema, {}, ['members'], 'en')).toEqual([
      { pointer: '/members', label: '家庭成员', value: 'Not given' },
    ]);
  });
});
