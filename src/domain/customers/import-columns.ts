import { PROFILE_ITEMS } from './customer-options';

/** What a spreadsheet column can hold when customers are imported. */
export const IMPORT_FIELDS = [
  'name',
  'type',
  'province',
  'city',
  'county',
  'regionCode',
  'address',
  'creditCode',
  'phones',
  'owner',
  'status',
  'source',
  'tags',
  'lng',
  'lat',
  'datum',
  ...PROFILE_ITEMS,
  'preferences',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields whose cells may hold several values, split on , ， ; ； 、 / or line breaks. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['phones', 'tags']);

/**
 * The column mapping an import starts with: the headers Chinese spreadsheets use, header → field.
 * The person importing may change it before the rows are read.
 */
export const DEFAULT_IMPORT_COLUMNS: Readonly<Record<string, ImportField>> = {
  客户名称: 'name',
  单位名称: 'name',
  客户类型: 'type',
  省: 'province',
  省份: 'province',
  市: 'city',
  城市: 'city',
  区县: 'county',
  县区: 'county',
  地区代码: 'regionCode',
  行政区划代码: 'regionCode',
  地址: 'address',
  详细地址: 'address',
  统一社会信用代码: 'creditCode',
  电话: 'phones',
  联系电话: 'phones',
  手机: 'phones',
  负责人: 'owner',
  业务员: 'owner',
  状态: 'status',
  客户状态: 'status',
  来源: 'source',
  客户来源: 'source',
  标签: 'tags',
  经度: 'lng',
  纬度: 'lat',
  坐标系: 'datum',
  经营性质: 'businessNature',
  同类产品年销量: 'annualVolume',
  补货周期: 'replenishmentCycle',
  补货渠道: 'replenishmentChannel',
  付款方式: 'paymentMethod',
  对企业的需求: 'needs',
  对产品的认识和看法: 'productOpinion',
  竞争对手: 'competitors',
  同区域竞争对手: 'competitors',
  偏好与习惯: 'preferences',
};

/** The header a field has by default: what a problem names when the sheet has no column for the field. */
export function defaultHeaderOf(field: ImportField): string {
  return Object.keys(DEFAULT_IMPORT_COLUMNS).find((h) => DEFAULT_IMPORT_COLUMNS[h] === field) ?? field;
}
