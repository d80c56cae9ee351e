import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/policies';
import { DEFAULT_CUSTOMER_TYPES } from './customer-options';
import { DEFAULT_IMPORT_COLUMNS, defaultHeaderOf } from './import-columns';
import { ImportMatcher, type ExistingCustomer } from './import-matching';
import { createImportRowValidator, type ImportedRow } from './import-rows';
import { REGIONS } from './regions';

const ORG = 'org';
const ZZ = 'office-zz';
const NY = 'office-ny';
const manager: Actor = { orgId: ORG, userId: 'zhouqiang', role: 'office_manager', officeId: ZZ };
const validate = createImportRowValidator({ columns: DEFAULT_IMPORT_COLUMNS, types: DEFAULT_CUSTOMER_TYPES, regions: REGIONS });

function row(n: number, cells: Record<string, string>): ImportedRow {
  const r = validate(n, { 客户类型: '村卫生室', ...cells });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

const stored = (c: Partial<ExistingCustomer> & { id: string; name: string }): ExistingCustomer => ({
  externalCode: null, creditCode: null, regionCode: null, phones: [], officeId: ZZ, ownerId: 'zhangwei', gone: false, ...c,
});

function matcher(existing: ExistingCustomer[], actor = manager) {
  const m = new ImportMatcher({ actor, headerOf: defaultHeaderOf, ask: (c) => ({ who: c.officeId === NY ? '吴军' : '周强', office: c.officeId === NY ? '南阳办事处' : '郑州办事处' }) });
  m.addExisting(existing);
  return m;
}

const reasons = (r: ReturnType<ImportMatcher['match']>) => (r.kind === 'problem' ? r.problems.map((p) => `${p.row} ${p.column}: ${p.reason_zh}`) : r.kind);

describe('matching imported rows to stored customers', () => {
  const a = stored({ id: 'a', name: '中牟县甲村卫生室', regionCode: '410122', creditCode: '914403001922038216', phones: ['13800138000'], externalCode: 'E-1' });
  const b = stored({ id: 'b', name: '中牟县乙村卫生室', regionCode: '410122', phones: ['0371-62123456-8001'] });
  const gone = stored({ id: 'g', name: '已删除诊所', externalCode: 'E-9', gone: true });
  const theirs = stored({ id: 't', name: '南阳某诊所', regionCode: '411303', creditCode: '91411300MA44XXXX0X', phones: ['13900139000'], officeId: NY, ownerId: 'chenjie' });

  it('creates a row that matches nothing, and updates the one stored customer a row matches, by the strongest rule', () => {
    const m = matcher([a, b, gone, theirs]);
    expect(m.match(2, row(2, { 客户名称: '新村卫生室', 区县: '中牟县', 省: '河南' }))).toEqual({ kind: 'create' });
    expect(m.match(3, row(3, { 客户名称: '甲村卫生室（改名）', 统一社会信用代码: '914403001922038216' }))).toMatchObject({ kind: 'update', target: { id: 'a' }, rule: 'credit_code' });
    expect(m.match(4, row(4, { 客户名称: '（中牟县）乙村卫生室', 地区代码: '410122' }))).toMatchObject({ kind: 'update', target: { id: 'b' }, rule: 'name_in_county' });
  });

  it('takes the system ID and the external code before the duplicate rules', () => {
    expect(matcher([a, b]).match(2, row(2, { 系统编号: '00000000-0000-4000-8000-000000000000', 客户名称: 'x' }))).toMatchObject({ kind: 'problem' });
    const byCode = matcher([a, b]).match(2, row(2, { 外部编号: 'E-1', 客户名称: '中牟县乙村卫生室', 地区代码: '410122' }));
    expect(byCode).toMatchObject({ kind: 'update', target: { id: 'a' }, rule: 'external_code' });
    expect(reasons(matcher([a, gone]).match(5, row(5, { 外部编号: 'E-9', 客户名称: 'y' })))).toEqual([
      '5 外部编号: 外部编号“E-9”属于一个已删除或已合并的客户；请先恢复该客户，或换一个编号',
    ]);
  });

  it('matches a phone stored with an extension by its switchboard number', () => {
    expect(matcher([b]).match(2, row(2, { 客户名称: '别名卫生室', 电话: '0371-62123456' }))).toMatchObject({ kind: 'update', target: { id: 'b' }, rule: 'phone' });
  });

  it('refuses a stored customer outside the scope, saying whom to ask and nothing about the customer', () => {
    const result = reasons(matcher([theirs]).match(7, row(7, { 客户名称: '随便', 电话: '13900139000' })));
    expect(result).toEqual(['7 电话: 与已有客户重复（电话相同），但该客户不在您的数据范围内，请联系南阳办事处的吴军处理']);
    expect(result[0]).not.toContain('南阳某诊所');
  });

  it('refuses a row that matches two stored customers', () => {
    expect(reasons(matcher([a, b]).match(8, row(8, { 客户名称: '中牟县乙村卫生室', 地区代码: '410122', 电话: '13800138000' })))).toEqual([
      '8 客户名称: 同时与 2 个已有客户重复：“中牟县乙村卫生室”（同一区县内名称相同）；“中牟县甲村卫生室”（电话相同）。请先合并这些客户，或修改这一行',
    ]);
  });

  it('refuses rows that repeat an earlier row of the file, or update the same stored customer', () => {
    const m = matcher([a]);
    expect(m.match(2, row(2, { 客户名称: '丙村卫生室', 电话: '13700137000' }))).toEqual({ kind: 'create' });
    expect(reasons(m.match(3, row(3, { 客户名称: '丁村卫生室', 电话: '137 0013 7000' })))).toEqual(['3 电话: 与第 2 行重复（电话相同）']);
    expect(m.match(4, row(4, { 客户名称: '甲', 外部编号: 'E-1' }))).toMatchObject({ kind: 'update' });
    expect(reasons(m.match(5, row(5, { 客户名称: '乙', 统一社会信用代码: '914403001922038216' })))).toEqual(['5 统一社会信用代码: 与第 4 行对应同一个已有客户“中牟县甲村卫生室”']);
  });

  it('refuses a row whose external code differs from the one the matched customer has', () => {
    expect(reasons(matcher([a]).match(6, row(6, { 客户名称: '甲', 外部编号: 'E-2', 电话: '13800138000' })))).toEqual([
      '6 外部编号: 与已有客户“中牟县甲村卫生室”电话相同，但外部编号不同（已有：E-1）',
    ]);
  });
});
