import type { Bilingual } from '../shared/messages';
import type { ProfileItem } from './customer-options';

/** The seven items of the visit questionnaire's business profile (DOMAIN.md §1), plus competitors. */
export const PROFILE_ITEM_LABELS: Record<ProfileItem, Bilingual> = {
  businessNature: { zh: '经营性质', en: 'Nature of business' },
  annualVolume: { zh: '同类产品年销量', en: 'Yearly volume of products like ours' },
  replenishmentCycle: { zh: '补货周期', en: 'Replenishment cycle' },
  replenishmentChannel: { zh: '补货渠道', en: 'Replenishment channel' },
  paymentMethod: { zh: '付款方式', en: 'Payment method' },
  needs: { zh: '对企业的需求', en: 'What they need from us' },
  productOpinion: { zh: '对产品的认识和看法', en: 'What they think of our products' },
  competitors: { zh: '同区域竞争对手', en: 'Competitors in the area' },
};

/**
 * Labels of the customer and key-person fields, for the lead to merge into
 * src/domain/shared/field-labels.ts. `name`, `address` and `regionCode` are there already.
 */
export const CUSTOMER_FIELD_LABELS: Record<string, Bilingual> = {
  typeCode: { zh: '客户类型', en: 'Customer type' },
  location: { zh: '坐标', en: 'Coordinates' },
  lng: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  datum: { zh: '坐标系', en: 'Datum' },
  ownerId: { zh: '负责人', en: 'Owner' },
  status: { zh: '客户状态', en: 'Status' },
  source: { zh: '客户来源', en: 'Source' },
  sourceNote: { zh: '来源说明', en: 'Source details' },
  tags: { zh: '标签', en: 'Tags' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  phones: { zh: '电话', en: 'Phones' },
  profile: { zh: '经营情况', en: 'Business profile' },
  ...PROFILE_ITEM_LABELS,
  preferences: { zh: '偏好与习惯', en: 'Preferences and habits' },
  importantDates: { zh: '重要日期', en: 'Important dates' },
  externalCode: { zh: '外部编号', en: 'External code' },
  mergedFrom: { zh: '并入的客户', en: 'Merged in' },
  mergedInto: { zh: '合并到', en: 'Merged into' },
  movedContacts: { zh: '转入的联系人', en: 'Key people moved over' },
  otherId: { zh: '要合并的客户', en: 'The customer to merge' },
  otherVersion: { zh: '要合并的客户的版本号', en: "The other customer's version" },
  keep: { zh: '保留哪一方的值', en: 'Whose values to keep' },
  query: { zh: '筛选条件', en: 'Filters' },
  q: { zh: '搜索', en: 'Search' },
  tag: { zh: '标签', en: 'Tag' },
  unassigned: { zh: '未分配负责人', en: 'No owner' },
  deleted: { zh: '已删除', en: 'Deleted' },
  label: { zh: '事项', en: 'Occasion' },
  date: { zh: '日期', en: 'Date' },
  roles: { zh: '在采购中的角色', en: 'Part in the purchase decision' },
  title: { zh: '职务', en: 'Job title' },
  wechat: { zh: '微信号', en: 'WeChat ID' },
  birthday: { zh: '生日', en: 'Birthday' },
  birthdayLunar: { zh: '农历生日', en: 'Lunar-calendar birthday' },
  left: { zh: '已离职', en: 'Has left' },
  leftOn: { zh: '离职日期', en: 'Left on' },
  custom: { zh: '自定义字段', en: 'Custom fields' },
  key: { zh: '字段代码', en: 'Field code' },
  labelZh: { zh: '中文名称', en: 'Chinese label' },
  labelEn: { zh: '英文名称', en: 'English label' },
  kind: { zh: '字段类型', en: 'Kind' },
  options: { zh: '选项', en: 'Options' },
  required: { zh: '必填', en: 'Required' },
  sort: { zh: '排序', en: 'Order' },
  value: { zh: '选项代码', en: 'Option code' },
  zh: { zh: '选项中文名称', en: 'Option label (Chinese)' },
  en: { zh: '选项英文名称', en: 'Option label (English)' },
};
