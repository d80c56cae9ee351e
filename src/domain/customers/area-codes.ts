/**
 * Mainland long-distance area codes with two digits after the 0. Every other area code has three
 * (0371 郑州, 0377 南阳 …), and none of those starts with 01 or 02, so the leading digits of a
 * number decide where the area code ends. 026 is not in use on the mainland.
 */
export const TWO_DIGIT_AREA_CODES: Readonly<Record<string, { zh: string; en: string }>> = {
  '010': { zh: '北京', en: 'Beijing' },
  '020': { zh: '广州', en: 'Guangzhou' },
  '021': { zh: '上海', en: 'Shanghai' },
  '022': { zh: '天津', en: 'Tianjin' },
  '023': { zh: '重庆', en: 'Chongqing' },
  '024': { zh: '沈阳', en: 'Shenyang' },
  '025': { zh: '南京', en: 'Nanjing' },
  '027': { zh: '武汉', en: 'Wuhan' },
  '028': { zh: '成都', en: 'Chengdu' },
  '029': { zh: '西安', en: "Xi'an" },
};

/**
 * The area code at the start of `digits` (which begin with 0): three characters for 010 and 02X,
 * four for 03XX–09XX; null when the leading digits are no area code (01X other than 010, 026, 00…).
 */
export function areaCodeAt(digits: string): string | null {
  if (/^0[12]/.test(digits)) {
    const code = digits.slice(0, 3);
    return code in TWO_DIGIT_AREA_CODES ? code : null;
  }
  return /^0[3-9]\d\d/.test(digits) ? digits.slice(0, 4) : null;
}
