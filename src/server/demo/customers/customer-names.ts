import { HEALTH_WORDS, surname, TRADE_WORDS } from './names';
import type { DemoCounty, Town } from './places';
import type { Rng } from './random';

/**
 * Customer names as Chinese registries and signboards write them. Each builder returns one candidate;
 * the generator draws again when the county already has a customer of that name.
 */

/** The county hospitals: 人民医院 and 中医院, and in some counties a second hospital. */
export function countyHospitalNames(rng: Rng, county: DemoCounty): { typeCode: string; name: string }[] {
  const names = [
    { typeCode: 'county_hospital', name: `${county.name}人民医院` },
    { typeCode: 'county_tcm_hospital', name: `${county.name}中医院` },
  ];
  if (rng.chance(0.5)) names.push({ typeCode: 'county_hospital', name: `${county.name}${rng.pick(['第二人民医院', '妇幼保健院'])}` });
  return names;
}

export function healthCentreName(rng: Rng, county: DemoCounty, town: Town): string {
  return `${county.name}${town.name}${rng.chance(0.12) ? '中心卫生院' : '卫生院'}`;
}

export function villageClinicName(town: Town, village: string): string {
  return `${town.name}${village}村卫生室`;
}

/** A private clinic, named after its doctor (张建国诊所), a family (李氏诊所) or a good word (济民中医诊所). */
export function privateClinicName(rng: Rng, prefix: string, doctor: string): string {
  switch (rng.weighted({ doctor: 4, family: 3, word: 3 })) {
    case 'doctor':
      return `${prefix}${doctor}诊所`;
    case 'family':
      return `${prefix}${surname(rng)}氏${rng.pick(['诊所', '诊所', '中医诊所'])}`;
    default:
      return `${prefix}${rng.pick(HEALTH_WORDS)}${rng.pick(['诊所', '中医诊所', '中西医结合诊所'])}`;
  }
}

/** Made-up local pharmacy chains, one per city. */
const CHAINS: Record<string, string> = { zz: '康泽源', ny: '百草园', xy: '汉水堂' };

export function pharmacyName(rng: Rng, county: DemoCounty, where: { town?: Town; road?: string }): string {
  const prefix = where.town?.name ?? county.short;
  switch (rng.weighted({ big: 4, shop: 3, chain: 2 })) {
    case 'big':
      return `${prefix}${rng.pick(HEALTH_WORDS)}大药房`;
    case 'shop':
      return `${prefix}${rng.pick([...HEALTH_WORDS, ...TRADE_WORDS])}药店`;
    default:
      return `${CHAINS[county.city.office]}大药房（${where.town?.name ?? where.road ?? county.short}店）`;
  }
}

/** A pharmaceutical wholesaler: city-level in a district, county-level in a county. */
export function distributorName(rng: Rng, county: DemoCounty): string {
  const place = county.kind === 'county' ? county.short : county.city.short;
  return `${place}${rng.pick(TRADE_WORDS)}${rng.pick(['医药有限公司', '医药有限公司', '医药商业有限公司', '医药物流有限公司'])}`;
}

export function supermarketName(rng: Rng, county: DemoCounty): string {
  const word = rng.pick(TRADE_WORDS);
  return rng.pick([`${county.city.short}${word}购物广场`, `${word}生活超市（${county.short}店）`, `${county.short}${word}连锁超市有限公司`]);
}

/** Project customers: owners (甲方), general contractors (总包) and installers (安装公司). */
export function projectName(rng: Rng, county: DemoCounty, typeCode: string): string {
  const word = rng.pick(TRADE_WORDS);
  const place = rng.chance(0.5) ? county.city.short : county.short;
  if (typeCode === 'project_owner') return `${place}${word}${rng.pick(['置业有限公司', '健康产业投资有限公司', '养老服务有限公司'])}`;
  if (typeCode === 'general_contractor') return `${county.city.province.slice(0, 2)}${word}${rng.pick(['建设集团有限公司', '建工集团有限公司'])}`;
  return `${place}${word}${rng.pick(['机电安装工程有限公司', '净化工程有限公司'])}`;
}
