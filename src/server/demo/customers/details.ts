import type { ProfileItem } from '../../../domain/customers/customer-options';
import type { ImportantDate } from '../../../domain/customers/customer-schemas';
import { monthDay } from './people';
import type { Rng } from './random';

/** The part of the customer types a profile answer depends on. */
type Segment = 'hospital' | 'township' | 'village' | 'clinic' | 'pharmacy' | 'distributor' | 'ka' | 'project';

export function segmentOf(typeCode: string): Segment {
  if (typeCode === 'county_hospital' || typeCode === 'county_tcm_hospital') return 'hospital';
  if (typeCode === 'township_health_centre') return 'township';
  if (typeCode === 'village_clinic') return 'village';
  if (typeCode === 'private_clinic') return 'clinic';
  if (typeCode === 'village_pharmacy') return 'pharmacy';
  if (typeCode === 'distributor') return 'distributor';
  if (typeCode === 'supermarket_ka') return 'ka';
  return 'project';
}

const NATURE: Record<Segment, string[]> = {
  hospital: ['公立二级综合医院', '公立二级甲等医院', '公立中医医院，二级甲等', '县域医共体牵头医院'],
  township: ['公立一级医院，县域医共体成员', '政府办乡镇卫生院', '中心卫生院，辐射周边三个乡'],
  village: ['村卫生室，乡村一体化管理', '村集体举办，乡村医生承包', '乡村医生个人举办'],
  clinic: ['个体诊所，夫妻经营', '个体中医诊所', '民营诊所，有两名执业医师', '中西医结合诊所'],
  pharmacy: ['单体药店', '连锁加盟店', '个体药店，前店后诊', '单体药店，医保定点'],
  distributor: ['医药批发企业，覆盖全市基层', '医药商业公司，县域配送', '民营医药批发，主做第三终端', '医药物流配送企业'],
  ka: ['区域连锁超市，设店中店药柜', '大型综合超市', '社区连锁便利店'],
  project: ['民营企业', '国有控股企业', '地方平台公司'],
};

const VOLUME: Record<Segment, string[]> = {
  hospital: ['约 60 万元/年', '约 35 万元/年', '约 80 万元/年', '约 25 万元/年'],
  township: ['约 8 万元/年', '约 12 万元/年', '约 5 万元/年', '约 15 万元/年'],
  village: ['约 1 万元/年', '约 6000 元/年', '约 2 万元/年', '约 8000 元/年'],
  clinic: ['约 3 万元/年', '约 1.5 万元/年', '约 5 万元/年'],
  pharmacy: ['约 4 万元/年', '约 2 万元/年', '约 6 万元/年', '约 1 万元/年'],
  distributor: ['约 300 万元/年', '约 150 万元/年', '约 500 万元/年', '约 80 万元/年'],
  ka: ['约 20 万元/年', '约 10 万元/年'],
  project: ['按项目计，单项约 200 万元', '按项目计，单项约 50 万元'],
};

const CYCLE = ['每周一次', '半月一次', '每月一次', '每月两次', '随用随补', '每季度集中采购一次'];

const CHANNEL: Record<Segment, string[]> = {
  hospital: ['省平台集中采购，配送企业送货', '医共体统一采购'],
  township: ['县医共体统一配送', '省平台采购，县医药公司配送'],
  village: ['乡镇卫生院统一配送', '商业公司送货上门', '自己到县城批发'],
  clinic: ['商业公司送货上门', '自己到县城批发', '业务员代订'],
  pharmacy: ['商业公司送货上门', '连锁总部配送', '自己到县城批发', '业务员代订'],
  distributor: ['厂家直供', '省级商业调拨'],
  ka: ['总部统一采购配送', '供应商直送门店'],
  project: ['公开招标', '邀请招标', '框架协议采购'],
};

const PAYMENT: Record<Segment, string[]> = {
  hospital: ['银行转账，账期 90 天', '银行转账，账期 180 天', '医保回款后付款'],
  township: ['银行转账，账期 60 天', '银行转账，账期 90 天'],
  village: ['现款现货', '月结', '微信转账'],
  clinic: ['现款现货', '微信转账', '月结'],
  pharmacy: ['现款现货', '月结', '货到付款', '微信转账'],
  distributor: ['银行承兑汇票', '银行转账，账期 30 天', '先款后货'],
  ka: ['月结，账期 60 天', '月结，账期 45 天'],
  project: ['按进度付款', '验收后付 90%，质保金 10%'],
};

const NEEDS = [
  '希望提供学术培训', '需要陈列物料和海报', '希望缩短送货周期', '希望有促销支持', '希望增加品种', '希望价格再优惠一些',
  '需要患者教育资料', '希望业务员固定时间拜访', '需要开具增值税专用发票', '希望小包装规格',
];

const OPINION = [
  '疗效认可，价格偏高', '口碑不错，患者回头率高', '包装需改进', '对新品了解不多', '质量稳定，愿意长期合作', '认可品牌，希望多做宣传',
  '与同类产品相比没有明显优势', '患者反映服用方便',
];

const COMPETITORS = [
  '省内两家药企同类产品，价格低约一成', '外省仿制品，靠高返利铺货', '本地商业公司自有品种', '进口品种，主要在县医院',
  '周边药厂同类颗粒剂', '暂无明显竞品',
];

/** Answers to the visit questionnaire (PROFILE_ITEMS): the nature of business always, the rest as far as the rep got. */
export function profileAnswers(rng: Rng, segment: Segment): Partial<Record<ProfileItem, string>> {
  const answers: Partial<Record<ProfileItem, string>> = { businessNature: rng.pick(NATURE[segment]) };
  const more: [ProfileItem, () => string][] = [
    ['annualVolume', () => rng.pick(VOLUME[segment])],
    ['replenishmentCycle', () => rng.pick(CYCLE)],
    ['replenishmentChannel', () => rng.pick(CHANNEL[segment])],
    ['paymentMethod', () => rng.pick(PAYMENT[segment])],
    ['needs', () => rng.sample(NEEDS, rng.int(1, 2)).join('；')],
    ['productOpinion', () => rng.pick(OPINION)],
    ['competitors', () => rng.pick(COMPETITORS)],
  ];
  for (const [item, answer] of more) if (rng.chance(0.75)) answers[item] = answer();
  return answers;
}

const PREFERENCES = [
  '喜欢上午拜访，不喝茶', '午休时间不要打扰', '周三下午门诊忙，不要去', '只喝白开水，不抽烟', '喜欢聊家常，拜访多留一会儿',
  '月底对账忙，月初再去', '赶集日人多，避开逢五逢十', '先电话预约再上门', '爱喝信阳毛尖', '坐门口的长椅，拜访时别挡着病人',
  '不喜欢送礼，资料和培训更管用', '开票要写全称，别用简称', '只在周末才有空细谈', '喜欢看厂家的检验报告',
];

/** Personal memory of the customer (DOMAIN.md §1, the coffee-shop case): one or two habits. */
export function customerPreferences(rng: Rng): string {
  return rng.sample(PREFERENCES, rng.int(1, 2)).join('；');
}

const DATE_LABELS: Record<Segment, string[]> = {
  hospital: ['院庆', '年度药品遴选会', '合同到期'],
  township: ['院庆', '医共体年度采购会'],
  village: ['乡村医生培训'],
  clinic: ['开业纪念日'],
  pharmacy: ['开业纪念日', '店庆'],
  distributor: ['年度协议到期', '公司成立纪念日', '年度订货会'],
  ka: ['店庆', '年度合同到期'],
  project: ['项目开工', '招标截止', '合同到期'],
};

/** Dates worth remembering: anniversaries come back every year (MM-DD), deadlines have a year. */
export function importantDates(rng: Rng, segment: Segment): ImportantDate[] {
  return rng.sample(DATE_LABELS[segment], rng.int(1, 2)).map((label) => ({
    label,
    date: /到期|截止|开工/.test(label) ? `${rng.int(2025, 2027)}-${monthDay(rng)}` : monthDay(rng),
  }));
}

/** Tags by segment and status (基药: essential-drug list; 医保定点: designated for medical insurance). */
export function tagsFor(rng: Rng, segment: Segment, status: string): string[] {
  const tags: string[] = [];
  if (['hospital', 'township', 'village'].includes(segment) && rng.chance(0.7)) tags.push('基药');
  if (['hospital', 'township', 'clinic', 'pharmacy'].includes(segment) && rng.chance(segment === 'hospital' || segment === 'township' ? 0.9 : 0.4)) tags.push('医保定点');
  if (['hospital', 'distributor', 'ka', 'project'].includes(segment) ? rng.chance(0.4) : rng.chance(0.08)) tags.push('重点');
  if (status === 'prospect' && rng.chance(0.6)) tags.push('新客户');
  if (segment === 'village' && rng.chance(0.3)) tags.push('乡村一体化');
  if (segment === 'pharmacy' && rng.chance(0.2)) tags.push('有奖订货');
  return tags;
}
