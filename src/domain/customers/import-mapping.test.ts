import { describe, expect, it } from 'vitest';
import { checkMapping, mappedColumns, suggestMapping } from './import-mapping';

describe('suggesting the column mapping', () => {
  it('recognises the Chinese headers, their synonyms, notes and marks around them, and English labels', () => {
    expect(
      suggestMapping(['单位名称*', '客户类别', '信用代码', '联系电话', '手机（多个用、分隔）', '地区', '区/县', '业务员', '客户编码', '所属办事处', 'Status', '备注']),
    ).toEqual({
      '单位名称*': 'name',
      客户类别: 'type',
      信用代码: 'creditCode',
      联系电话: 'phones',
      '手机（多个用、分隔）': 'phones',
      地区: 'region',
      '区/县': 'county',
      业务员: 'owner',
      客户编码: 'externalCode',
      所属办事处: 'office',
      Status: 'status',
      备注: null,
    });
  });

  it('gives a field to its first column only, except phones and tags', () => {
    expect(suggestMapping(['客户名称', '名称', '电话', '手机'])).toEqual({ 客户名称: 'name', 名称: null, 电话: 'phones', 手机: 'phones' });
  });
});

describe('checking a mapping', () => {
  const headers = ['单位', '类别', '电话', '手机', '名称'];

  it('accepts a mapping with name and type, several phone columns and ignored columns', () => {
    const mapping = { 单位: 'name', 类别: 'type', 电话: 'phones', 手机: 'phones', 名称: null } as const;
    expect(checkMapping(mapping, headers)).toEqual([]);
    expect(mappedColumns(mapping)).toEqual({ 单位: 'name', 类别: 'type', 电话: 'phones', 手机: 'phones' });
  });

  it('asks for the required columns', () => {
    expect(checkMapping({ 单位: 'name' }, headers)).toEqual([
      { header: null, reason: { zh: '请指定哪一列是“客户类型”（必填）', en: 'choose the column that holds "Customer type" (required)' } },
    ]);
  });

  it('refuses a field mapped twice, an unknown field and a header the file does not have', () => {
    expect(checkMapping({ 单位: 'name', 名称: 'name', 类别: 'type', 电话: 'colour', 传真: null }, headers).map((p) => `${p.header}: ${p.reason.zh}`)).toEqual([
      '电话: 不认识的字段“colour”',
      '传真: 文件中没有“传真”这一列',
      '名称: “单位”和“名称”都对应到“客户名称”，一个字段只能对应一列',
    ]);
  });
});
