import { pinyin } from 'pinyin-pro';
import type { KeyPersonRole } from '../../../domain/customers/customer-options';
import type { KeyPersonInput } from '../../../domain/customers/customer-schemas';
import { personName } from './names';
import type { NumberBook } from './numbers';
import type { DemoCity } from './places';
import { unique, type Rng } from './random';

/** A key person (关键人) as the key-person form gives them and customer_contacts stores them, without the ids. */
export type DemoContact = Required<KeyPersonInput>;

/** A position at the customer: its title, its part in the purchase, and how likely the customer has someone we know in it. */
interface Position {
  title: string;
  roles: KeyPersonRole[];
  p: number;
}

const HOSPITAL: Position[] = [
  { title: '药剂科采购员', roles: ['purchaser'], p: 1 },
  { title: '药剂科主任', roles: ['purchasing_head'], p: 1 },
  { title: '分管副院长', roles: ['executive'], p: 0.6 },
];

/** Who we know at each type of customer (DOMAIN.md §1: purchaser, head of purchasing, executive in charge, users). */
export const POSITIONS: Readonly<Record<string, Position[]>> = {
  county_hospital: HOSPITAL,
  county_tcm_hospital: HOSPITAL,
  township_health_centre: [
    { title: '药房负责人', roles: ['purchaser'], p: 1 },
    { title: '院长', roles: ['executive', 'purchasing_head'], p: 0.7 },
    { title: '全科医生', roles: ['user'], p: 0.3 },
  ],
  village_clinic: [
    { title: '乡村医生', roles: ['purchaser', 'user'], p: 1 },
    { title: '村医', roles: ['user'], p: 0.25 },
  ],
  private_clinic: [
    { title: '诊所负责人', roles: ['purchaser', 'executive', 'user'], p: 1 },
    { title: '坐诊医生', roles: ['user'], p: 0.3 },
  ],
  village_pharmacy: [
    { title: '店长', roles: ['purchaser'], p: 1 },
    { title: '老板', roles: ['executive'], p: 0.5 },
  ],
  distributor: [
    { title: '采购员', roles: ['purchaser'], p: 1 },
    { title: '采购部经理', roles: ['purchasing_head'], p: 0.9 },
    { title: '总经理', roles: ['executive'], p: 0.6 },
  ],
  supermarket_ka: [
    { title: '采购专员', roles: ['purchaser'], p: 1 },
    { title: '品类经理', roles: ['purchasing_head'], p: 0.8 },
    { title: '店总', roles: ['executive'], p: 0.5 },
  ],
  project_owner: [
    { title: '基建处项目负责人', roles: ['user'], p: 1 },
    { title: '采购部经理', roles: ['purchasing_head'], p: 1 },
    { title: '分管副总', roles: ['executive'], p: 0.7 },
  ],
  general_contractor: [
    { title: '项目经理', roles: ['purchaser', 'user'], p: 1 },
    { title: '采购部经理', roles: ['purchasing_head'], p: 1 },
    { title: '总工程师', roles: ['executive'], p: 0.5 },
  ],
  installer: [
    { title: '采购员', roles: ['purchaser'], p: 1 },
    { title: '项目经理', roles: ['user'], p: 0.8 },
    { title: '总经理', roles: ['executive', 'purchasing_head'], p: 0.6 },
  ],
};

const PERSON_PREFERENCES = [
  '爱喝浓茶，不抽烟', '不喝酒，饭局少约', '喜欢钓鱼，周末常去水库', '周末不接工作电话', '习惯微信沟通，电话前先发消息',
  '孩子今年高考，最近话题多', '爱下象棋', '说话直爽，不喜欢绕弯子', '注重数据，拜访前带好销量表', '喜欢打乒乓球',
  '上午忙门诊，下午三点后好说话', '老家是本县的，爱聊家乡', '只喝白开水', '对学术资料感兴趣', '喜欢书法，办公室挂着自己写的字',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A real month-day, MM-DD. */
export function monthDay(rng: Rng): string {
  const month = rng.int(1, 12);
  const days = month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${pad(month)}-${pad(rng.int(1, days))}`;
}

function wechatOf(rng: Rng, name: string, mobile: string): string | null {
  if (rng.chance(0.6)) return null;
  if (rng.chance(0.6)) return mobile;
  const [family = '', ...given] = pinyin(name, { toneType: 'none', type: 'array' });
  return `${family}${given.map((g) => g.charAt(0)).join('')}${rng.int(60, 99)}${rng.chars('0123456789', 2)}`.replace(/ü/g, 'v');
}

function birthday(rng: Rng): { birthday: string | null; birthdayLunar: boolean } {
  if (!rng.chance(0.4)) return { birthday: null, birthdayLunar: false };
  const md = monthDay(rng);
  return { birthday: rng.chance(0.5) ? md : `${rng.int(1962, 1996)}-${md}`, birthdayLunar: rng.chance(0.15) };
}

/** One to three key people of a customer of `typeCode`, names different within the customer. */
export function keyPeople(rng: Rng, typeCode: string, city: DemoCity, numbers: NumberBook): DemoContact[] {
  const names = new Set<string>();
  const positions = (POSITIONS[typeCode] ?? POSITIONS.village_pharmacy!).filter((pos) => rng.chance(pos.p));
  return positions.map((pos, i) => {
    const name = unique(() => personName(rng), (n) => !names.has(n));
    names.add(name);
    const mobile = numbers.mobile(rng);
    const phones = typeCode.includes('hospital') && rng.chance(0.3) ? [mobile, numbers.landline(rng, city)] : [mobile];
    const left = i > 0 && rng.chance(0.05);
    return {
      name,
      roles: pos.roles,
      title: pos.title,
      phones,
      wechat: wechatOf(rng, name, mobile),
      ...birthday(rng),
      preferences: rng.chance(0.15) ? rng.pick(PERSON_PREFERENCES) : null,
      left,
      leftOn: left ? `${rng.int(2024, 2025)}-${monthDay(rng)}` : null,
    };
  });
}
