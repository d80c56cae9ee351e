import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from './custom-fields';
import { checkCustomImport, customCellText, customCellValue, customColumns, customHeaders, rowCustomValues, withCustomSuggestions } from './import-custom';
import { checkMapping, suggestMapping } from './import-mapping';

const field = (f: Partial<CustomFieldDefinition> & Pick<CustomFieldDefinition, 'key' | 'labelZh' | 'kind'>): CustomFieldDefinition => ({
  typeCode: null, labelEn: f.key, options: [], required: false, active: true, ...f,
});
const beds = field({ key: 'beds', labelZh: '床位数', labelEn: 'Beds', kind: 'number', typeCode: 'county_hospital', required: true });
const grade = field({
  key: 'grade', labelZh: '医院等级', kind: 'single', typeCode: 'county_hospital',
  options: [{ value: 'g2', zh: '二级', en: 'Grade 2' }, { value: 'g3', zh: '三级', en: 'Grade 3' }],
});
const services = field({ key: 'services', labelZh: '服务', kind: 'multi', options: [{ value: 'delivery', zh: '送货', en: 'Delivery' }, { value: 'training', zh: '培训', en: 'Training' }] });
const address2 = field({ key: 'address2', labelZh: '地址', kind: 'text' });
const retired = field({ key: 'old', labelZh: '旧字段', kind: 'text', active: false });
const FIELDS = [beds, grade, services, address2, retired];

describe('custom fields in imports and exports', () => {
  it('heads an export with the active fields, telling a label that clashes with a column apart by its key', () => {
    expect(customHeaders(FIELDS, ['客户名称', '地址'])).toEqual([
      { key: 'beds', header: '床位数' },
      { key: 'grade', header: '医院等级' },
      { key: 'services', header: '服务' },
      { key: 'address2', header: '地址·address2' },
    ]);
  });

  it('suggests the custom field a column names, for columns no standard field took', () => {
    const headers = ['客户名称', '客户类型', '床位数', 'Beds', '地址', '地址·address2', '旧字段'];
    const mapping = withCustomSuggestions(suggestMapping(headers), FIELDS);
    expect(mapping).toEqual({ 客户名称: 'name', 客户类型: 'type', 床位数: 'custom:beds', Beds: null, 地址: 'address', '地址·address2': 'custom:address2', 旧字段: null });
    expect(customColumns(mapping)).toEqual({ 床位数: 'beds', '地址·address2': 'address2' });
    const labels = new Map([['custom:beds', { zh: '床位数', en: 'Beds' }]]);
    expect(checkMapping(mapping, headers, labels).map((p) => p.reason.zh)).toEqual(['不认识的字段“custom:address2”']);
    expect(checkMapping({ ...mapping, Beds: 'custom:beds' }, headers, labels).map((p) => p.reason.zh)).toContain('“床位数”和“Beds”都对应到“床位数”，一个字段只能对应一列');
  });

  it('reads choices by label or code, several in one cell for a multiple choice', () => {
    expect(customCellValue(grade, '三级')).toBe('g3');
    expect(customCellValue(grade, 'g2')).toBe('g2');
    expect(customCellValue(grade, '四级')).toBe('四级');
    expect(customCellValue(services, '送货、Training')).toEqual(['delivery', 'training']);
    expect(rowCustomValues({ 床位: 'beds', 等级: 'grade', 空: 'services' }, { 床位: ' 300 ', 等级: '二级', 空: '' }, FIELDS)).toEqual({ beds: '300', grade: 'g2' });
  });

  it("checks the values against the customer's type: stored form, required fields, choices, fields of other types", () => {
    expect(checkCustomImport(FIELDS, { typeCode: 'county_hospital', stored: {}, given: { beds: '300', grade: 'g3' } })).toEqual({ ok: true, values: { beds: 300, grade: 'g3' } });
    const problems = (r: ReturnType<typeof checkCustomImport>) => (r.ok ? [] : r.problems.map((p) => `${p.label.zh}: ${p.reason.zh}`));
    expect(problems(checkCustomImport(FIELDS, { typeCode: 'county_hospital', stored: {}, given: { grade: '四级' } }))).toEqual([
      '床位数: 必填',
      '医院等级: 只能是以下选项之一：二级（g2）、三级（g3）',
    ]);
    expect(problems(checkCustomImport(FIELDS, { typeCode: 'village_clinic', stored: {}, given: { beds: '10' } }))[0]).toMatch(/^床位数: 属于其他客户类型/);
    // An update keeps what the row leaves out, a retired field's stored value included.
    expect(checkCustomImport(FIELDS, { typeCode: 'county_hospital', stored: { beds: 100, old: 'x' }, given: { grade: 'g2' } })).toEqual({ ok: true, values: { beds: 100, old: 'x', grade: 'g2' } });
  });

  it('writes stored values as the import reads them back', () => {
    expect([customCellText(grade, 'g3'), customCellText(services, ['delivery', 'training']), customCellText(beds, 300), customCellText(beds, null)]).toEqual(['三级', '送货、培训', '300', '']);
  });
});
