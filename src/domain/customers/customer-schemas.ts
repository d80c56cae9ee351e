import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import { calendarDateSchema, recurringDateSchema } from './calendar-dates';
import { accepted, checkedString, refused } from './checked';
import { coordinateSchema } from './coordinates';
import { creditCodeSchema } from './credit-code';
import { CUSTOMER_SOURCES, CUSTOMER_STATUSES, KEY_PERSON_ROLES, PROFILE_ITEMS, type ProfileItem } from './customer-options';
import { phoneSchema } from './phones';
import { toSixDigitCode } from './regions';
import { blankAsNull, distinct, optionalText, requiredText } from './text-fields';

export const MAX_PHONES = 10;
export const MAX_TAGS = 20;
export const MAX_IMPORTANT_DATES = 20;
const LONG_TEXT = 2000;

/** A region at any level (41, 4101, 410105, 410100), stored as its 6-digit code. */
export const regionCodeSchema = checkedString((raw) => {
  const code = toSixDigitCode(raw.trim());
  return code ? accepted(code) : refused(`行政区划代码“${raw.trim()}”不存在`, `"${raw.trim()}" is not an administrative division code`);
});

/** Numbers in their stored form, each once. */
const phonesSchema = z
  .array(phoneSchema)
  .max(MAX_PHONES, both(`电话不能超过 ${MAX_PHONES} 个`, `at most ${MAX_PHONES} phone numbers`))
  .transform(distinct)
  .default([]);

const tagSchema = z
  .string()
  .trim()
  .min(1, both('标签不能为空', 'a tag must not be empty'))
  .max(20, both('标签不能超过 20 个字符', 'a tag has at most 20 characters'));

export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS, both(`标签不能超过 ${MAX_TAGS} 个`, `at most ${MAX_TAGS} tags`))
  .transform(distinct)
  .default([]);

/** The visit questionnaire (DOMAIN.md §1); every item is free text and may be left out. */
export const profileSchema = z
  .object(Object.fromEntries(PROFILE_ITEMS.map((item) => [item, optionalText(LONG_TEXT)])) as Record<ProfileItem, ReturnType<typeof optionalText>>)
  .default({});
export type CustomerProfile = z.infer<typeof profileSchema>;

/** A date worth remembering (院庆, 合同到期); without a year it comes back every year. */
export const importantDateSchema = z.object({
  label: requiredText(40),
  date: recurringDateSchema,
});
export type ImportantDate = z.infer<typeof importantDateSchema>;

export interface CustomerSchemaOptions {
  /** The codes of the organisation's customer types (DEFAULT_CUSTOMER_TYPES until the administrator changes them). */
  typeCodes: readonly string[];
}

/** The type a customer has: one of the organisation's type codes. */
export function customerTypeSchema(typeCodes: readonly string[]) {
  return checkedString((raw) => {
    const code = raw.trim();
    return typeCodes.includes(code) ? accepted(code) : refused(`客户类型“${code}”不在类型列表中`, `"${code}" is not one of the customer types`);
  });
}

/** A new customer as the form or an import sends it. */
export function customerInputSchema({ typeCodes }: CustomerSchemaOptions) {
  return z.object({
    name: requiredText(100),
    typeCode: customerTypeSchema(typeCodes),
    regionCode: blankAsNull(regionCodeSchema),
    address: optionalText(200),
    location: coordinateSchema.nullish(),
    ownerId: z.uuid(both('负责人编号格式不正确', 'is not a valid user id')).nullish(),
    status: z.enum(CUSTOMER_STATUSES).default('prospect'),
    source: z.enum(CUSTOMER_SOURCES).nullish(),
    sourceNote: optionalText(200),
    tags: tagsSchema,
    creditCode: blankAsNull(creditCodeSchema),
    phones: phonesSchema,
    profile: profileSchema,
    preferences: optionalText(LONG_TEXT),
    importantDates: z
      .array(importantDateSchema)
      .max(MAX_IMPORTANT_DATES, both(`重要日期不能超过 ${MAX_IMPORTANT_DATES} 个`, `at most ${MAX_IMPORTANT_DATES} important dates`))
      .default([]),
  });
}
export type CustomerInput = z.infer<ReturnType<typeof customerInputSchema>>;

/** WeChat IDs are 6–20 letters, digits, _ or -, starting with a letter; many people give the mobile number bound to WeChat instead. */
export const wechatSchema = z
  .string()
  .trim()
  .regex(
    /^(?:[A-Za-z][-\w]{5,19}|1[3-9]\d{9})$/,
    both('微信号应为 6–20 位字母、数字、下划线或减号并以字母开头，或绑定的手机号', 'must be 6–20 letters, digits, _ or -, starting with a letter, or the mobile number bound to WeChat'),
  );

/** A person at the customer who matters for the purchase decision; a date of leaving marks them as left. */
export const keyPersonInputSchema = z.object({
  name: requiredText(40),
  roles: z
    .array(z.enum(KEY_PERSON_ROLES))
    .min(1, both('请至少选择一个角色', 'choose at least one role'))
    .transform(distinct),
  title: optionalText(40),
  phones: phonesSchema,
  wechat: blankAsNull(wechatSchema),
  birthday: blankAsNull(recurringDateSchema),
  /** Whether the birthday is kept by the lunar calendar (农历), as many people do. */
  birthdayLunar: z.boolean().default(false),
  preferences: optionalText(LONG_TEXT),
  left: z.boolean().default(false),
  leftOn: blankAsNull(calendarDateSchema),
}).transform((person) => ({ ...person, left: person.left || person.leftOn !== null }));
export type KeyPersonInput = z.infer<typeof keyPersonInputSchema>;
