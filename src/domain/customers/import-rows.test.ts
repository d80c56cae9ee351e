import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_TYPES } from './customer-options';
import { DEFAULT_IMPORT_COLUMNS } from './import-columns';
import { createImportRowValidator, withImported, type ImportRowResult } from './import-rows';
import { REGIONS } from './regions';

const ownerId = '0b6f4f0e-4a59-4f3b-8f7e-2f1c9d3a5b71';
const validate = createImportRowValidator({
  columns: DEFAULT_IMPORT_COLUMNS,
  types: DEFAULT_CUSTOMER_TYPES,
  regions: REGIONS,
  owners: new Map([
    ['张伟', ownerId],
    ['zhangwei', ownerId],
  ]),
});

const good = {
  客户名称: '长垣市人民医院',
  客户类型: '县级医院',
  省: '河南',
  市: '新乡',
  区县: '长垣县',
  地址: '长垣市人民路 1 号',
  统一社会信用代码: '914403001922038216',
  电话: '0373-8812345，138 0013 8000',
  负责人: '张伟',
};

function problemsOf(result: ImportRowResult) {
  return result.ok ? [] : result.problems;
}

describe('importing a customer row', () => {
  it('turns a good row into a customer input', () => {
    const result = validate(2, good);
    expect(result).toMatchObject({
      ok: true,
      value: expect.objectContaining({
        name: '长垣市人民医院',
        typeCode: 'county_hospital',
        regionCode: '410783',
        address: '长垣市人民路 1 号',
        creditCode: '914403001922038216',
        phones: ['0373-8812345', '13800138000'],
        ownerId,
        status: 'prospect',
      }),
    });
  });

  it('reads labels, codes, region codes, lists, coordinates and the questionnaire', () => {
    const result = validate(3, {
      客户名称: '（河南）某某医药有限公司',
      客户类型: '商业公司',
      地区代码: '410105',
      状态: '合作',
      来源: '转介绍',
      标签: '重点、A类',
      经度: '113.66',
      纬度: '34.76',
      坐标系: '百度',
      付款方式: '月结',
      竞争对手: '某品牌',
      偏好与习惯: '上午拜访',
    });
    expect(result.ok && result.value).toMatchObject({
      typeCode: 'distributor',
      regionCode: '410105',
      status: 'active',
      source: 'referral',
      tags: ['重点', 'A类'],
      location: { lng: 113.66, lat: 34.76, datum: 'BD-09' },
      profile: { paymentMethod: '月结', competitors: '某品牌' },
      preferences: '上午拜访',
    });
  });

  it('names the row, column and reason of a bad phone', () => {
    expect(problemsOf(validate(4, { ...good, 电话: '13800138000、0373-88123' }))).toEqual([
      {
        row: 4,
        column: '电话',
        reason_zh: '“0373-88123”：区号后应为 7–8 位号码，且不以 0 或 1 开头',
        reason_en: '"0373-88123": the number after the area code must have 7–8 digits and not start with 0 or 1',
      },
    ]);
  });

  it('names the row, column and reason of a bad credit code', () => {
    expect(problemsOf(validate(5, { ...good, 统一社会信用代码: '914403001922038217' }))).toEqual([
      { row: 5, column: '统一社会信用代码', reason_zh: '校验位不符，请核对是否有输错的字符', reason_en: 'the check character does not match; look for a mistyped character' },
    ]);
  });

  it('names the row, column and reason of an unknown type', () => {
    const [problem] = problemsOf(validate(6, { ...good, 客户类型: '社区医院' }));
    expect(problem).toEqual({
      row: 6,
      column: '客户类型',
      reason_zh: '客户类型“社区医院”不存在，可选：县级医院、县中医院、乡镇卫生院、村卫生室、个体诊所、村镇药店、经销商/商业公司、商超/KA、甲方、总包、安装公司',
      reason_en: expect.stringMatching(/^Customer type "社区医院" does not exist; choose one of: County hospital, /),
    });
  });

  it('names the row, column and reason of an unknown region', () => {
    expect(problemsOf(validate(7, { ...good, 区县: '金水区' }))).toEqual([
      { row: 7, column: '区县', reason_zh: '找不到区县“金水区”', reason_en: 'no county called "金水区"' },
    ]);
    expect(problemsOf(validate(8, { ...good, 市: '洛杉矶' }))[0]).toMatchObject({ column: '市', reason_zh: '找不到城市“洛杉矶”' });
    const { 省: _p, 市: _c, 区县: _x, ...withoutNames } = good;
    expect(problemsOf(validate(9, { ...withoutNames, 地区代码: '419900' }))).toEqual([
      { row: 9, column: '地区代码', reason_zh: '行政区划代码“419900”不存在', reason_en: '"419900" is not an administrative division code' },
    ]);
  });

  it('lists every problem of a row in column order', () => {
    const result = validate(10, {
      客户名称: '',
      客户类型: '诊所',
      省: '河南',
      市: '新乡',
      区县: '长垣',
      统一社会信用代码: '9144030019220382',
      电话: '12345',
      负责人: '李四',
      状态: '已合作',
      经度: '113.6',
    });
    expect(problemsOf(result).map((p) => `${p.column}: ${p.reason_zh}`)).toEqual([
      '客户名称: 必填',
      '客户类型: 客户类型“诊所”不存在，可选：县级医院、县中医院、乡镇卫生院、村卫生室、个体诊所、村镇药店、经销商/商业公司、商超/KA、甲方、总包、安装公司',
      '统一社会信用代码: 统一社会信用代码应为 18 位，现为 16 位',
      '电话: “12345”：手机号应为 11 位，以 13–19 开头',
      '负责人: 找不到负责人“李四”',
      '状态: 客户状态“已合作”不存在，可选：潜在、合作、流失',
      '纬度: 应填写经纬度数字，例如 113.625',
    ]);
  });

  it('uses the column mapping it is given', () => {
    const mine = createImportRowValidator({ columns: { 单位: 'name', 类别: 'type', 联系方式: 'phones' }, types: DEFAULT_CUSTOMER_TYPES, regions: REGIONS });
    expect(mine(2, { 单位: '某村卫生室', 类别: 'village_clinic', 联系方式: '13800138000', 备注: '不导入' })).toMatchObject({ ok: true, value: { name: '某村卫生室', phones: ['13800138000'] } });
    expect(problemsOf(mine(3, { 单位: '某村卫生室', 类别: '村卫生室', 负责人: '张伟' }))).toEqual([]);
    expect(problemsOf(mine(4, { 类别: '村卫生室' }))[0]).toMatchObject({ column: '单位', reason_zh: '必填' });
  });
});

describe('reading the columns that say which customer a row is, and where it goes', () => {
  const officeId = '5d7a1c2e-0c4b-4f0e-9a55-0a1b2c3d4e5f';
  const full = createImportRowValidator({
    columns: DEFAULT_IMPORT_COLUMNS,
    types: DEFAULT_CUSTOMER_TYPES,
    regions: REGIONS,
    owners: new Map([['zhangwei', ownerId], ['张伟', ownerId]]),
    ambiguousOwners: new Set(['王芳']),
    offices: new Map([['郑州办事处', officeId]]),
  });
  const base = { 客户名称: '中牟县某村卫生室', 客户类型: '村卫生室' };

  it('reads the system ID, the external code, the office by name and the region from one cell', () => {
    const result = full(2, { ...base, 系统编号: 'A5E6A2F0-1C2B-4D3E-8F90-123456789ABC', 客户编码: 'ERP-001', 办事处: '郑州', 所在地区: '河南省郑州市中牟县' });
    expect(result).toMatchObject({ ok: true, id: 'a5e6a2f0-1c2b-4d3e-8f90-123456789abc', externalCode: 'ERP-001', officeId, value: { regionCode: '410122' } });
  });

  it('says which input keys the row gave, so that an update changes only those', () => {
    const result = full(2, { ...base, 电话: '', 付款方式: '现结', 区县: '中牟县' });
    expect(result.ok && [...result.provided].sort()).toEqual(['name', 'profile.paymentMethod', 'regionCode', 'typeCode']);
  });

  it('names the column and reason of a malformed ID, an unknown office, a shared display name and a region that disagrees with its code', () => {
    const problems = problemsOf(full(3, { ...base, 系统编号: '12345', 所在地区: '河南省 郑州市', 地区代码: '411302', 负责人: '王芳', 办事处: '武汉办事处' }));
    expect(problems.map((p) => `${p.column}: ${p.reason_zh}`)).toEqual([
      '系统编号: 系统编号“12345”格式不正确；它来自导出的文件，请不要修改',
      '所在地区: “河南省 郑州市”与地区代码“411302”不是同一个地区，请改正其中一列',
      '负责人: 有多个用户叫“王芳”，请改填其用户名（登录名）',
      '办事处: 找不到办事处“武汉办事处”，可选：郑州办事处',
    ]);
  });

  it('takes the more precise of a region code and region names that agree', () => {
    expect(full(4, { ...base, 所在地区: '河南省 郑州市 中牟县', 地区代码: '4101' })).toMatchObject({ ok: true, value: { regionCode: '410122' } });
    expect(full(5, { ...base, 所在地区: '河南省', 地区代码: '410122' })).toMatchObject({ ok: true, value: { regionCode: '410122' } });
  });

  it('keeps names and free text as written, but reads codes typed in full-width characters', () => {
    const result = full(6, { ...base, 客户名称: '（河南）某某大药房（中牟店）', 统一社会信用代码: '９１４４０３００１９２２０３８２１６' });
    expect(result).toMatchObject({ ok: true, value: { name: '（河南）某某大药房（中牟店）', creditCode: '914403001922038216' } });
  });

  it('merges a row onto a stored customer: what the row gave replaces, what it left blank stays', () => {
    const stored = { name: '旧名', typeCode: 'village_clinic', phones: ['13800138000'], status: 'active', profile: { paymentMethod: '月结', needs: '送货上门' } };
    const result = full(7, { ...base, 付款方式: '现结' });
    if (!result.ok) throw new Error('row should be valid');
    expect(withImported(stored, result)).toEqual({
      name: '中牟县某村卫生室',
      typeCode: 'village_clinic',
      phones: ['13800138000'],
      status: 'active',
      profile: { paymentMethod: '现结', needs: '送货上门' },
    });
  });
});
