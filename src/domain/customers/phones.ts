import { areaCodeAt } from './area-codes';
import { accepted, checkedString, refused, type Checked } from './checked';
import { toHalfWidth } from './half-width';

export type PhoneKind = 'mobile' | 'landline';

/** A phone number in its stored form: `13800138000`, or `0371-65123456` with an optional `-ext`. */
export interface NormalisedPhone {
  kind: PhoneKind;
  value: string;
}

const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;
const COUNTRY_CODE = /^(?:\+|00)?86(?=[\s\-(]*\d)[\s-]*/;
const SEPARATORS = /[\s\-()]+/;
const MOBILE = /^1[3-9]\d{9}$/;

function parseLandline(groups: string[], digits: string, givenExt: string | null): Checked<NormalisedPhone> {
  if (!digits.startsWith('0')) {
    return refused('固定电话请带区号，例如 0371-65123456', 'a landline needs its area code, e.g. 0371-65123456');
  }
  const area = areaCodeAt(digits);
  if (!area) {
    const shown = digits.slice(0, /^0[12]/.test(digits) ? 3 : 4);
    return refused(`区号“${shown}”不存在`, `"${shown}" is not an area code`);
  }
  let local = digits.slice(area.length);
  let ext = givenExt;
  const last = groups[groups.length - 1] ?? '';
  if (!ext && groups.length > 1 && local.length > 8 && last.length <= 6 && /^\d{7,8}$/.test(local.slice(0, -last.length))) {
    ext = last;
    local = local.slice(0, -last.length);
  }
  if (!/^[2-9]\d{6,7}$/.test(local)) {
    return refused('区号后应为 7–8 位号码，且不以 0 或 1 开头', 'the number after the area code must have 7–8 digits and not start with 0 or 1');
  }
  return accepted({ kind: 'landline', value: `${area}-${local}${ext ? `-${ext}` : ''}` });
}

/**
 * Reads a mainland phone number as people write it: mobiles with or without +86 / 86 and with
 * spaces or hyphens; landlines with their area code, in brackets or not, with an extension after
 * `-`, `转`, `分机` or `ext`.
 */
export function normalisePhone(raw: string): Checked<NormalisedPhone> {
  let s = toHalfWidth(raw).trim();
  if (s === '') return refused('请填写电话号码', 'enter a phone number');
  const ext = EXTENSION.exec(s);
  if (ext) s = s.slice(0, ext.index).trim();
  if (!/^\+?[\d\s\-()]+$/.test(s)) return refused(`“${raw.trim()}”含有电话号码中不该有的字符`, `"${raw.trim()}" has characters a phone number cannot have`);
  const international = COUNTRY_CODE.test(s);
  if (!international && s.startsWith('+')) return refused('只支持中国大陆号码（+86）', 'only mainland China numbers (+86) are supported');
  s = s.replace(COUNTRY_CODE, '');
  const groups = s.split(SEPARATORS).filter(Boolean);
  let digits = groups.join('');
  if (MOBILE.test(digits)) {
    if (ext) return refused('手机号不能带分机号', 'a mobile number has no extension');
    return accepted({ kind: 'mobile', value: digits });
  }
  if (digits.startsWith('1') && !international) {
    return refused('手机号应为 11 位，以 13–19 开头', 'a mobile number has 11 digits starting with 13–19');
  }
  if (international && !digits.startsWith('0')) digits = `0${digits}`;
  return parseLandline(groups, digits, ext?.[1] ?? null);
}

/** The kind of a number already in its stored form. */
export function phoneKind(value: string): PhoneKind {
  return value.startsWith('0') ? 'landline' : 'mobile';
}

/** The number without its extension: the switchboard that several extensions share. */
export function phoneWithoutExtension(value: string): string {
  return phoneKind(value) === 'landline' ? value.split('-').slice(0, 2).join('-') : value;
}

function only(kind: PhoneKind) {
  return (raw: string): Checked<string> => {
    const result = normalisePhone(raw);
    if (!result.ok) return result;
    if (result.value.kind === kind) return accepted(result.value.value);
    return kind === 'mobile'
      ? refused('请填写 11 位手机号码', 'enter an 11-digit mobile number')
      : refused('请填写带区号的固定电话', 'enter a landline number with its area code');
  };
}

/** Any mainland phone number, stored in its normalised form. */
export const phoneSchema = checkedString((raw) => {
  const result = normalisePhone(raw);
  return result.ok ? accepted(result.value.value) : result;
});
export const mobilePhoneSchema = checkedString(only('mobile'));
export const landlineSchema = checkedString(only('landline'));
