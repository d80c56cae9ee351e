import { describe, expect, it } from 'vitest';
import { explainIssue } from '../shared/bilingual-issue';
import {
  clashingLabels,
  completeOptions,
  customFieldInputSchema,
  customFilterValue,
  customValueChanges,
  customValuesSchema,
  customValueText,
  fieldsForType,
  fixedFieldChanges,
  removedOptions,
  type CustomFieldDefinition,
} from './custom-fields';

const field = (f: Partial<CustomFieldDefinition> & Pick<CustomFieldDefinition, 'key' | 'kind'>): CustomFieldDefinition => ({
  typeCode: null,
  labelZh: f.key,
  labelEn: f.key,
  options: [],
  required: false,
  active: true,
  ...f,
});

const GRADES = [
  { value: 'g1', zh: '一级', en: 'Grade 1' },
  { value: 'g2', zh: '二级', en: 'Grade 2' },
  { value: 'g3', zh: '三级', en: 'Grade 3' },
];

const FIELDS: CustomFieldDefinition[] = [
  field({ key: 'beds', kind: 'number', typeCode: 'county_hospital', labelZh: '床位数', labelEn: 'Beds', required: true, sort: 1 }),
  field({ key: 'grade', kind: 'single', typeCode: 'county_hospital', labelZh: '等级', labelEn: 'Grade', options: GRADES, sort: 2 }),
  field({ key: 'depts', kind: 'multi', typeCode: 'county_hospital', labelZh: '重点科室', labelEn: 'Key departments', options: [{ value: 'er', zh: '急诊', en: 'ER' }, { value: 'icu', zh: '重症', en: 'ICU' }], sort: 3 }),
  field({ key: 'insured', kind: 'single', typeCode: 'village_clinic', labelZh: '是否医保定点', labelEn: 'Medical insurance', options: [{ value: 'yes', zh: '是', en: 'Yes' }, { value: 'no', zh: '否', en: 'No' }] }),
  field({ key: 'founded', kind: 'date', labelZh: '成立日期', labelEn: 'Founded', sort: 5 }),
  field({ key: 'note', kind: 'text', labelZh: '备注', labelEn: 'Note', sort: 6 }),
  field({ key: 'old', kind: 'text', labelZh: '旧字段', labelEn: 'Old field', active: false }),
];

function check(values: unknown, typeCode = 'county_hospital', previous?: Record<string, unknown>) {
  const result = customValuesSchema(FIELDS, { typeCode, previous }).safeParse(values);
  if (result.success) return { ok: true as const, values: result.data };
  return { ok: false as const, problems: Object.fromEntries(result.error.issues.map((i) => [i.path.join('/'), explainIssue(i).zh])) };
}

describe('custom values of a customer', () => {
  it('stores each kind in its own form: numbers as numbers, dates as YYYY-MM-DD, text trimmed', () => {
    expect(check({ beds: '１２０', grade: 'g2', depts: ['er', 'icu'], founded: '1958/3/5', note: '  院长姓王 ' })).toEqual({
      ok: true,
      values: { beds: 120, grade: 'g2', depts: ['er', 'icu'], founded: '1958-03-05', note: '院长姓王' },
    });
    expect(check({ beds: 80.5 })).toEqual({ ok: true, values: { beds: 80.5 } });
  });

  it('treats null, blank text and empty lists as no value', () => {
    expect(check({ beds: 1, grade: null, note: '   ', depts: [] })).toEqual({ ok: true, values: { beds: 1 } });
    expect(check(undefined, 'village_clinic')).toEqual({ ok: true, values: {} });
  });

  it('refuses wrong values of each kind, each at its key', () => {
    const r = check({ beds: 'many', grade: 'g9', depts: ['er', 'er'], founded: '2026-02-30', note: 'x'.repeat(501) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual({
      beds: '应为数字',
      grade: '只能是以下选项之一：一级（g1）、二级（g2）、三级（g3）',
      depts: '同一选项不能重复',
      founded: '日期不存在',
      note: '不能超过 500 个字符',
    });
    expect(check({ beds: 1, depts: 'er' })).toMatchObject({ ok: false, problems: { depts: '应为选项代码的列表' } });
    expect(check({ beds: 1, depts: ['x'] })).toMatchObject({ ok: false, problems: { 'depts/0': expect.stringContaining('只能是以下选项之一') } });
    expect(check({ beds: true })).toMatchObject({ ok: false, problems: { beds: '应为数字' } });
    expect(check([1, 2])).toMatchObject({ ok: false });
  });

  it('requires the required fields of the type only', () => {
    expect(check({})).toMatchObject({ ok: false, problems: { beds: '必填' } });
    expect(check({ beds: '' })).toMatchObject({ ok: false, problems: { beds: '必填' } });
    expect(check({}, 'village_clinic')).toEqual({ ok: true, values: {} });
  });

  it('refuses keys that are no field', () => {
    expect(check({ beds: 1, colour: 'red' })).toMatchObject({ ok: false, problems: { colour: '不是本企业的自定义字段' } });
  });

  it("refuses values for another type's fields, which is how a type change asks to clear them", () => {
    const r = check({ insured: 'yes', beds: 3 }, 'county_hospital');
    expect(r).toMatchObject({ ok: false, problems: { insured: expect.stringContaining('属于其他客户类型') } });
    // Changing a hospital into a village clinic: its hospital values must be cleared in the same change.
    const stored = { beds: 120, grade: 'g2', note: '保留' };
    expect(check({ ...stored, insured: 'yes' }, 'village_clinic')).toMatchObject({ ok: false, problems: { beds: expect.any(String), grade: expect.any(String) } });
    expect(check({ ...stored, beds: null, grade: null, insured: 'yes' }, 'village_clinic')).toEqual({ ok: true, values: { note: '保留', insured: 'yes' } });
  });

  it('keeps the stored value of a deactivated field but takes no new one', () => {
    expect(check({ beds: 1, old: '以前填的' }, 'county_hospital', { old: '以前填的' })).toEqual({ ok: true, values: { beds: 1, old: '以前填的' } });
    expect(check({ beds: 1, old: '新值' }, 'county_hospital', { old: '以前填的' })).toMatchObject({ ok: false, problems: { old: '该字段已停用，不能填写新值' } });
    expect(check({ beds: 1, old: null }, 'county_hospital', { old: '以前填的' })).toEqual({ ok: true, values: { beds: 1 } });
  });

  it('lists one history change per custom value, in the fields’ order', () => {
    const changes = customValueChanges({ note: 'a', beds: 1, gone: 'x' }, { note: 'b', beds: 1, grade: 'g1' }, FIELDS);
    expect(changes).toEqual([
      { field: 'custom.grade', before: null, after: 'g1' },
      { field: 'custom.note', before: 'a', after: 'b' },
      { field: 'custom.gone', before: 'x', after: null },
    ]);
    expect(customValueChanges({ depts: ['er'] }, { depts: ['er'] }, FIELDS)).toEqual([]);
  });

  it('reads values with option labels', () => {
    expect(customValueText(FIELDS[1], 'g2')).toEqual({ zh: '二级', en: 'Grade 2' });
    expect(customValueText(FIELDS[2], ['er', 'icu'])).toEqual({ zh: '急诊、重症', en: 'ER, ICU' });
    expect(customValueText(FIELDS[0], 120).zh).toBe('120');
    expect(customValueText(undefined, null).zh).toBe('—');
  });

  it('shows a form the active fields of the type in their order', () => {
    expect(fieldsForType(FIELDS, 'county_hospital').map((f) => f.key)).toEqual(['beds', 'grade', 'depts', 'founded', 'note']);
    expect(fieldsForType(FIELDS, 'village_clinic').map((f) => f.key)).toEqual(['insured', 'founded', 'note']);
    expect(fieldsForType(FIELDS, null)).toEqual([]);
  });
});

describe('custom field definitions', () => {
  const schema = customFieldInputSchema({ typeCodes: ['county_hospital', 'village_clinic'] });
  const problems = (input: unknown) => {
    const r = schema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('/'), explainIssue(i).zh]));
  };

  it('fills the English labels and the option codes that were left out', () => {
    const r = schema.parse({ typeCode: 'county_hospital', labelZh: '等级', kind: 'single', options: [{ zh: '一级' }, { value: 'o1', zh: '二级', en: 'Grade 2' }, { zh: '三级', en: '' }] });
    expect(r).toEqual({
      key: null,
      typeCode: 'county_hospital',
      labelZh: '等级',
      labelEn: '等级',
      kind: 'single',
      options: [
        { value: 'o2', zh: '一级', en: '一级' },
        { value: 'o1', zh: '二级', en: 'Grade 2' },
        { value: 'o3', zh: '三级', en: '三级' },
      ],
      required: false,
      sort: 0,
    });
    expect(schema.parse({ typeCode: '', labelZh: '备注', kind: 'text' }).typeCode).toBeNull();
  });

  it('refuses a bad key, an unknown type, a missing label and bad options', () => {
    expect(problems({ key: '1abc', typeCode: 'shop', labelZh: ' ', kind: 'single' })).toEqual({
      key: expect.stringContaining('小写字母'),
      typeCode: '客户类型“shop”不在类型列表中',
      labelZh: '不能为空',
    });
    expect(problems({ labelZh: '等级', kind: 'single', options: [] })).toEqual({ options: '请至少添加一个选项' });
    expect(problems({ labelZh: '等级', kind: 'multi', options: [{ value: 'a', zh: '甲' }, { value: 'a', zh: '乙' }, { zh: '甲' }, { zh: '丙', en: 'A' }, { zh: '丁', en: 'a' }] })).toEqual({
      'options/1/value': '选项代码“a”重复',
      'options/2/zh': '选项“甲”重复',
      'options/4/en': '英文名称“a”重复',
    });
    expect(problems({ labelZh: '床位数', kind: 'number', options: [{ zh: '一' }] })).toEqual({ options: '只有单选和多选字段有选项' });
    expect(problems({ labelZh: '床位数', kind: 'colour' })).toHaveProperty('kind');
  });

  it('gives new options codes that no option uses', () => {
    expect(completeOptions([{ value: 'o2', zh: 'a', en: null }, { zh: 'b' }, { zh: 'c' }]).map((o) => o.value)).toEqual(['o2', 'o1', 'o3']);
  });

  it('finds labels already used by a field shown on the same forms', () => {
    const mine = { key: 'x', typeCode: 'village_clinic', labelZh: '成立日期', labelEn: 'FOUNDED' };
    expect(clashingLabels(mine, FIELDS)).toEqual(['labelZh', 'labelEn']);
    expect(clashingLabels({ ...mine, labelZh: '床位数', labelEn: 'Beds' }, FIELDS)).toEqual([]); // 床位数 is a hospital field
    expect(clashingLabels({ ...mine, typeCode: null, labelZh: '床位数', labelEn: 'Bed count' }, FIELDS)).toEqual(['labelZh']);
    expect(clashingLabels({ ...mine, key: 'founded' }, FIELDS)).toEqual([]); // itself
  });

  it('keeps the key and the kind once created', () => {
    expect(fixedFieldChanges({ key: 'beds', kind: 'number' }, { key: 'beds', kind: 'number' })).toEqual([]);
    expect(fixedFieldChanges({ key: 'beds', kind: 'number' }, { key: null, kind: 'number' })).toEqual([]);
    expect(fixedFieldChanges({ key: 'beds', kind: 'number' }, { key: 'bed_count', kind: 'text' }).map((p) => p.field)).toEqual(['key', 'kind']);
  });

  it('lets options be added and relabelled; only those left out count as removed', () => {
    const after = [{ value: 'g1', zh: '一级医院', en: 'Grade 1' }, { value: 'g3', zh: '三级', en: 'Grade 3' }, { value: 'o1', zh: '未定级', en: 'None' }];
    expect(removedOptions(GRADES, after)).toEqual([GRADES[1]]);
    expect(removedOptions(GRADES, [...GRADES].reverse())).toEqual([]);
  });
});

describe('custom field filters', () => {
  const [beds, grade, depts, , founded, note] = FIELDS as [CustomFieldDefinition, CustomFieldDefinition, CustomFieldDefinition, CustomFieldDefinition, CustomFieldDefinition, CustomFieldDefinition];

  it('turn the query value into the stored form', () => {
    expect(customFilterValue(beds, '120')).toEqual({ ok: true, value: 120 });
    expect(customFilterValue(grade, 'g2')).toEqual({ ok: true, value: 'g2' });
    expect(customFilterValue(depts, 'er')).toEqual({ ok: true, value: ['er'] });
    expect(customFilterValue(depts, ['er', 'icu'])).toEqual({ ok: true, value: ['er', 'icu'] });
    expect(customFilterValue(founded, '1958年3月5日')).toEqual({ ok: true, value: '1958-03-05' });
    expect(customFilterValue(note, ' 王 ')).toEqual({ ok: true, value: '王' });
  });

  it('say what is wrong with a value', () => {
    expect(customFilterValue(grade, 'g9')).toMatchObject({ ok: false, error: { zh: expect.stringContaining('只能是以下选项之一') } });
    expect(customFilterValue(beds, 'abc')).toMatchObject({ ok: false, error: { zh: '应为数字' } });
    expect(customFilterValue(grade, ['g1', 'g2'])).toMatchObject({ ok: false, error: { zh: '只能按一个值筛选' } });
    expect(customFilterValue(note, '  ')).toMatchObject({ ok: false, error: { zh: '不能为空' } });
  });
});
