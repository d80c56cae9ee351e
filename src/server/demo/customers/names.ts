import type { Rng } from './random';

/** Common surnames, most common first; the first ten are drawn more often, as in the census. */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔常牛'];
const GIVEN_MALE = [...'伟强军磊勇杰涛明超刚平辉鹏华斌峰浩亮飞宇林波健龙斌毅俊振学文'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞燕玲红梅莉婷雪琳慧颖晶倩萍丹琴洁'];
const GIVEN_FIRST = [...'建志国海晓春秀玉红文永德卫新俊明金桂丽小中长晓宏家子云雅'];
const GIVEN_SECOND = [...'军国华民强平伟生东明英兰芳红霞林峰涛杰辉斌刚莉珍琴梅敏洋'];

export function surname(rng: Rng): string {
  return rng.chance(0.5) ? SURNAMES[rng.int(0, 9)]! : rng.pick(SURNAMES);
}

/** A plausible Chinese personal name: surname and one or two given-name characters. */
export function personName(rng: Rng): string {
  const family = surname(rng);
  if (rng.chance(0.35)) return family + rng.pick(rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE);
  const first = rng.pick(GIVEN_FIRST);
  const second = rng.pick(GIVEN_SECOND);
  return family + first + (second === first ? rng.pick(GIVEN_MALE) : second);
}

/**
 * 字号: the made-up trade names of pharmacies, clinics and companies. Chosen to avoid the names of
 * well-known chains and brands (老百姓, 一心堂, 同仁堂, 九州通, 张仲景 and the like).
 */
export const TRADE_WORDS = [
  '康泽', '瑞丰', '惠民', '恒通', '华信', '金桥', '德润', '鼎盛', '嘉禾', '天和', '博瑞', '润达', '正和', '福源', '安泰',
  '永信', '众诚', '鑫源', '宏远', '立达', '瑞泽', '聚德', '亿康', '长青', '恒源', '和润', '嘉泰', '盛康', '普润', '天顺',
  '伟业', '佳诚', '弘泰', '益康', '济民', '广济', '普济', '寿康', '保和', '民康', '春晖', '和顺', '天佑', '益寿', '杏林',
  '众康', '佳和', '宏康', '德济', '永康', '福寿', '安康', '百草', '仁德', '顺安', '泽民', '怡康', '宏泰', '金鼎', '信和',
];

/** Words that suit a clinic or pharmacy (济世, 杏林) rather than a company. */
export const HEALTH_WORDS = ['济民', '广济', '普济', '寿康', '保和', '民康', '春晖', '益寿', '杏林', '众康', '德济', '永康', '福寿', '安康', '百草', '仁德', '益康', '惠民', '泽民', '怡康', '顺安'];
