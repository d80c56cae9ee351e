import type { Bilingual } from '../shared/messages';

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
  businessNature: { zh: '经营性质', en: 'Nature of business' },
  annualVolume: { zh: '同类产品年销量', en: 'Yearly volume of products like ours' },
  replenishmentCycle: { zh: '补货周期', en: 'Replenishment cycle' },
  replenishmentChannel: { zh: '补货渠道', en: 'Replenishment channel' },
  paymentMethod: { zh: '付款方式', en: 'Payment method' },
  needs: { zh: '对企业的需求', en: 'What they need from us' },
  productOpinion: { zh: '对产品的认识和看法', en: 'What they think of our products' },
  competitors: { zh: '同区域竞争对手', en: 'Competitors in the area' },
  preferences: { zh: '偏好与习惯', en: 'Preferences and habits' },
  importantDates: { zh: '重要日期', en: 'Important dates' },
  label: { zh: '事项', en: 'Occasion' },
  date: { zh: '日期', en: 'Date' },
  roles: { zh: '在采购中的角色', en: 'Part in the purchase decision' },
  title: { zh: '职务', en: 'Job title' },
  wechat: { zh: '微信号', en: 'WeChat ID' },
  birthday: { zh: '生日', en: 'Birthday' },
  birthdayLunar: { zh: '农历生日', en: 'Lunar-calendar birthday' },
  left: { zh: '已离职', en: 'Has left' },
  leftOn: { zh: '离职日期', en: 'Left on' },
};
