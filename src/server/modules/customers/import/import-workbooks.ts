import ExcelJS from 'exceljs';
import { CUSTOM_FIELD_KIND_LABELS, isChoice, type CustomFieldDefinition } from '../../../../domain/customers/custom-fields';
import { CUSTOMER_SOURCE_LABELS, CUSTOMER_STATUS_LABELS, type CustomerType } from '../../../../domain/customers/customer-options';
import { TEMPLATE_FIELDS, headerRow } from '../../../../domain/customers/customer-export';
import { IMPORT_FIELD_LABELS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../../domain/customers/import-columns';
import { customHeaders } from '../../../../domain/customers/import-custom';
import { addSheet } from '../../imports/workbooks';

export { XLSX_TYPE, attachment, problemsWorkbook } from '../../imports/workbooks';

const EXAMPLE: Partial<Record<ImportField, string>> = {
  name: '示例：中牟县某某村卫生室（导入前请删除本行）',
  type: '村卫生室',
  region: '河南省 郑州市 中牟县',
  address: '中牟县某某镇某某村',
  phones: '13800138000、0371-62123456',
  owner: '张伟',
  status: '潜在',
  source: '订货会签到表',
  tags: '重点',
  paymentMethod: '月结',
  preferences: '上午拜访；院长不喝茶',
};

function hints(types: readonly CustomerType[]): Partial<Record<ImportField, string>> {
  return {
    name: '必填。同一区县内名称相同、信用代码相同或电话相同的客户会被视为同一个客户，导入时更新而不是新建',
    type: `必填。可填：${types.map((t) => t.zh).join('、')}`,
    region: '省 市 区县，例如“河南省 郑州市 中牟县”；也可填 6 位行政区划代码',
    regionCode: '6 位行政区划代码，例如 410122；与“所在地区”二选一',
    phones: '多个号码用“、”分隔；固定电话请带区号，例如 0371-62123456',
    creditCode: '18 位统一社会信用代码，会核对校验位',
    owner: '负责人的姓名或用户名；办事处经理只能填本办事处的人员',
    office: '办事处名称；不填则归入负责人所在的办事处（销售部经理、管理员导入时，负责人和办事处至少填一个）',
    status: `可填：${Object.values(CUSTOMER_STATUS_LABELS).map((l) => l.zh).join('、')}；不填为“潜在”`,
    source: `可填：${Object.values(CUSTOMER_SOURCE_LABELS).map((l) => l.zh).join('、')}`,
    tags: '多个标签用“、”分隔',
    externalCode: 'ERP 等其他系统里的客户编号；填写后再次导入按它对应到同一个客户',
    lng: '经度，例如 113.98；经纬度要一起填',
    lat: '纬度，例如 34.72',
    datum: 'GCJ-02（高德、腾讯）、WGS-84（GPS）或 BD-09（百度）；不填为 GCJ-02',
  };
}

/** How to fill a custom field's column: for which customer type, and the choices. */
function customHint(field: CustomFieldDefinition, types: readonly CustomerType[]): string {
  const type = field.typeCode ? (types.find((t) => t.code === field.typeCode)?.zh ?? field.typeCode) : null;
  const parts = [
    type ? `仅用于“${type}”类型的客户${field.required ? '，该类型必填' : ''}` : field.required ? '必填' : '',
    isChoice(field.kind) ? `可填：${field.options.map((o) => o.zh).join('、')}${field.kind === 'multi' ? '（可填多个，用“、”分隔）' : ''}` : CUSTOM_FIELD_KIND_LABELS[field.kind].zh,
  ];
  return parts.filter(Boolean).join('；');
}

/** The import template: the headers the import recognises (custom fields last), one example row, and a sheet that explains each column. */
export async function templateWorkbook(types: readonly CustomerType[], fields: readonly CustomFieldDefinition[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const standard = headerRow(TEMPLATE_FIELDS);
  const custom = customHeaders(fields, standard);
  addSheet(book, '客户', [...standard, ...custom.map((c) => c.header)], [TEMPLATE_FIELDS.map((f) => EXAMPLE[f] ?? '')]);
  const hint = hints(types);
  addSheet(
    book,
    '填写说明',
    ['列名', '是否必填', '怎么填'],
    [
      ...TEMPLATE_FIELDS.map((f) => [IMPORT_FIELD_LABELS[f].zh, REQUIRED_IMPORT_FIELDS.includes(f) ? '必填' : '', hint[f] ?? '']),
      ...custom.map((c) => {
        const field = fields.find((f) => f.key === c.key)!;
        return [c.header, field.required && !field.typeCode ? '必填' : '', customHint(field, types)];
      }),
    ],
    [18, 10, 90],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
