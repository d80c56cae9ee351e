import type { Bilingual } from '../shared/messages';
import { PROFILE_ITEMS } from './customer-options';
import { PROFILE_ITEM_LABELS } from './field-labels';
import { toHalfWidth } from './half-width';

/** What a spreadsheet column can hold when customers are imported. */
export const IMPORT_FIELDS = [
  'id',
  'externalCode',
  'name',
  'type',
  'region',
  'province',
  'city',
  'county',
  'regionCode',
  'address',
  'creditCode',
  'phones',
  'owner',
  'office',
  'status',
  'source',
  'sourceNote',
  'tags',
  'lng',
  'lat',
  'datum',
  ...PROFILE_ITEMS,
  'preferences',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(s: string): s is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(s);
}

/** Columns a file must have (mapped) before its rows can be read. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'type'];

/** Fields whose cells may hold several values, split on , ， ; ； 、 / or line breaks; several columns may feed them. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['phones', 'tags']);


/** How each field is called in the column-mapping step; the Chinese label is also its header in templates and exports. */
export const IMPORT_FIELD_LABELS: Record<ImportField, Bilingual> = {
  id: { zh: '系统编号', en: 'System ID' },
  externalCode: { zh: '外部编号', en: 'External code' },
  name: { zh: '客户名称', en: 'Customer name' },
  type: { zh: '客户类型', en: 'Customer type' },
  region: { zh: '所在地区', en: 'Region' },
  province: { zh: '省份', en: 'Province' },
  city: { zh: '城市', en: 'City' },
  county: { zh: '区县', en: 'County' },
  regionCode: { zh: '地区代码', en: 'Region code' },
  address: { zh: '地址', en: 'Address' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  phones: { zh: '电话', en: 'Phones' },
  owner: { zh: '负责人', en: 'Owner' },
  office: { zh: '办事处', en: 'Office' },
  status: { zh: '客户状态', en: 'Status' },
  source: { zh: '客户来源', en: 'Source' },
  sourceNote: { zh: '来源说明', en: 'Source details' },
  tags: { zh: '标签', en: 'Tags' },
  lng: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  datum: { zh: '坐标系', en: 'Datum' },
  ...PROFILE_ITEM_LABELS,
  preferences: { zh: '偏好与习惯', en: 'Preferences and habits' },
};

/**
 * The headers Chinese spreadsheets use for each field, besides its label: what an uploaded file's columns are
 * matched against (after normaliseHeader) to suggest the mapping. The person importing may change it.
 */
const SYNONYMS: Partial<Record<ImportField, readonly string[]>> = {
  id: ['客户ID', 'ID', '客户系统编号'],
  externalCode: ['外部编码', '客户编码', '客户编号', 'ERP编码', 'ERP编号', '编码', '编号'],
  name: ['名称', '单位名称', '客户全称', '单位', '客户', '机构名称', '终端名称', '公司名称', '企业名称', '医院名称', '药店名称'],
  type: ['类型', '客户类别', '类别', '终端类型'],
  region: ['地区', '所属地区', '区域', '省市区', '行政区划'],
  province: ['省', '所在省份'],
  city: ['市', '地市', '所在城市'],
  county: ['县区', '县', '区', '县市区', '所在区县'],
  regionCode: ['行政区划代码', '区划代码', '地区编码', '区县代码'],
  address: ['详细地址', '联系地址', '通讯地址', '单位地址'],
  creditCode: ['信用代码', '社会信用代码', '统一信用代码', '纳税人识别号', '税号'],
  phones: ['联系电话', '手机', '手机号', '手机号码', '电话号码', '座机', '固定电话', '联系方式'],
  owner: ['业务员', '销售代表', '客户经理', '跟进人', '所属业务员', '负责人账号'],
  office: ['所属办事处'],
  status: ['状态'],
  source: ['来源'],
  sourceNote: ['来源备注'],
  competitors: ['竞争对手'],
  needs: ['需求'],
  preferences: ['喜好与习惯', '偏好', '喜好', '习惯'],
};

/** The headers a field is recognised by, its label first (the header templates and exports write). */
export function headersOf(field: ImportField): string[] {
  return [IMPORT_FIELD_LABELS[field].zh, ...(SYNONYMS[field] ?? [])];
}

/** Header → field for every header the import recognises without being told. */
export const DEFAULT_IMPORT_COLUMNS: Readonly<Record<string, ImportField>> = Object.fromEntries(
  IMPORT_FIELDS.flatMap((field) => headersOf(field).map((header) => [header, field] as const)),
);

/** The header a field has by default: what a problem names when the sheet has no column for the field. */
export function defaultHeaderOf(field: ImportField): string {
  return IMPORT_FIELD_LABELS[field].zh;
}

/**
 * A header as the matching compares it: half-width, lower case, without notes in brackets (（必填）, (多个用、分隔)),
 * spaces, required marks and separators, so that 客户名称* , 客户 名称 and 区/县 match 客户名称 and 区县.
 */
export function normaliseHeader(header: string): string {
  return toHalfWidth(header)
    .toLowerCase()
    .replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/g, '')
    .replace(/[\s*:/\\_\-.·]/g, '');
}
