import { describe, expect, it } from 'vitest';
import { explainIssue } from '../shared/bilingual-issue';
import { DEFAULT_CUSTOMER_TYPES, PROFILE_ITEMS } from './customer-options';
import { customerInputSchema, keyPersonInputSchema, regionCodeSchema } from './customer-schemas';

const customerInput = customerInputSchema({ typeCodes: DEFAULT_CUSTOMER_TYPES.map((t) => t.code) });

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${explainIssue(i).zh}`);
}

describe('customer input', () => {
  it('fills defaults for a minimal customer', () => {
    expect(customerInput.parse({ name: ' 长垣市人民医院 ', typeCode: 'county_hospital' })).toEqual({
      name: '长垣市人民医院',
      typeCode: 'county_hospital',
      regionCode: null,
      status: 'prospect',
      tags: [],
      creditCode: null,
      phones: [],
      profile: {},
      importantDates: [],
    });
  });

  it('normalises a full customer', () => {
    const parsed = customerInput.parse({
      name: '河南某某医药有限公司',
      typeCode: 'distributor',
      regionCode: '4107',
      address: '新乡市红旗区 1 号',
      location: { lng: 113.93, lat: 35.3 },
      ownerId: '0b6f4f0e-4a59-4f3b-8f7e-2f1c9d3a5b71',
      status: 'active',
      source: 'referral',
      sourceNote: '王院长介绍',
      tags: ['重点', '重点', 'A 类'],
      creditCode: '91330100716105852f',
      phones: ['(0373)3012345', '138 0013 8000', '13800138000'],
      profile: { businessNature: '医药批发', paymentMethod: '月结 60 天', competitors: '' },
      preferences: '靠窗座位，冰摩卡两份糖',
      importantDates: [{ label: '公司成立纪念日', date: '5月18日' }],
    });
    expect(parsed.regionCode).toBe('410700');
    expect(parsed.location).toEqual({ lng: 113.93, lat: 35.3, datum: 'GCJ-02' });
    expect(parsed.tags).toEqual(['重点', 'A 类']);
    expect(parsed.creditCode).toBe('91330100716105852F');
    expect(parsed.phones).toEqual(['0373-3012345', '13800138000']);
    expect(parsed.profile).toEqual({ businessNature: '医药批发', paymentMethod: '月结 60 天', competitors: null });
    expect(parsed.importantDates).toEqual([{ label: '公司成立纪念日', date: '05-18' }]);
  });

  it('checks the type against the list it is given', () => {
    expect(problems(customerInput.safeParse({ name: '某诊所', typeCode: 'clinic' }))).toEqual(['typeCode: 客户类型“clinic”不在类型列表中']);
    const ownList = customerInputSchema({ typeCodes: ['clinic'] });
    expect(ownList.safeParse({ name: '某诊所', typeCode: 'clinic' }).success).toBe(true);
  });

  it('reports every bad field in both languages', () => {
    const result = customerInput.safeParse({
      name: '',
      typeCode: 'county_hospital',
      regionCode: '419900',
      status: 'closed',
      creditCode: '914403001922038217',
      phones: ['0371-123'],
      location: { lng: 34.7, lat: 113.6 },
      importantDates: [{ label: '院庆', date: '2023-02-29' }],
    });
    expect(problems(result)).toEqual([
      'name: 不能为空',
      'regionCode: 行政区划代码“419900”不存在',
      'location: 坐标不在中国境内（经度 73–136，纬度 3–54），请检查经纬度是否填反',
      'status: 只能是以下之一：prospect、active、lost',
      'creditCode: 校验位不符，请核对是否有输错的字符',
      'phones.0: 区号后应为 7–8 位号码，且不以 0 或 1 开头',
      'importantDates.0.date: 日期不存在',
    ]);
  });

  it('has every questionnaire item in the profile', () => {
    expect(PROFILE_ITEMS).toHaveLength(8);
    const profile = Object.fromEntries(PROFILE_ITEMS.map((k) => [k, `${k} 的答案`]));
    expect(customerInput.parse({ name: '甲', typeCode: 'installer', profile }).profile).toEqual(profile);
  });

  it('takes a region at any level', () => {
    expect(regionCodeSchema.parse('41')).toBe('410000');
    expect(regionCodeSchema.parse('410105')).toBe('410105');
  });
});

describe('key person input', () => {
  it('keeps roles, phones, WeChat, birthday and preferences', () => {
    const parsed = keyPersonInputSchema.parse({
      name: '王建国',
      roles: ['purchaser', 'user', 'purchaser'],
      title: '药剂科主任',
      phones: ['+86 139 0000 0000'],
      wechat: 'wang_jg1970',
      birthday: '10-08',
      birthdayLunar: true,
      preferences: '喝绿茶，不抽烟',
    });
    expect(parsed).toMatchObject({ roles: ['purchaser', 'user'], phones: ['13900000000'], wechat: 'wang_jg1970', birthday: '10-08', birthdayLunar: true, left: false, leftOn: null });
  });

  it('accepts the mobile bound to WeChat and refuses malformed IDs', () => {
    expect(keyPersonInputSchema.parse({ name: '李', roles: ['executive'], wechat: '13900000000' }).wechat).toBe('13900000000');
    expect(keyPersonInputSchema.parse({ name: '李', roles: ['executive'], wechat: '' }).wechat).toBeNull();
    expect(problems(keyPersonInputSchema.safeParse({ name: '李', roles: ['executive'], wechat: '1abc' }))[0]).toMatch(/^wechat: 微信号应为/);
  });

  it('wants a role and marks people who left', () => {
    expect(problems(keyPersonInputSchema.safeParse({ name: '赵', roles: [] }))).toEqual(['roles: 请至少选择一个角色']);
    expect(keyPersonInputSchema.parse({ name: '赵', roles: ['purchasing_head'], left: true }).left).toBe(true);
    expect(keyPersonInputSchema.parse({ name: '赵', roles: ['purchasing_head'], leftOn: '2025/6/30' })).toMatchObject({ left: true, leftOn: '2025-06-30' });
  });
});
