import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import { ROLES } from './roles';

export const orgCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, both('只能包含小写字母、数字和连字符，2–32 位', 'use 2–32 lower-case letters, digits or hyphens'));

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z][a-z0-9._-]{2,31}$/,
    both('以字母开头，3–32 位字母、数字、点、下划线或连字符', 'start with a letter; 3–32 letters, digits, dots, underscores or hyphens'),
  );

/** Password policy: 8–128 characters with at least one letter and one digit. */
export const newPasswordSchema = z
  .string()
  .min(8, both('至少 8 位', 'must have at least 8 characters'))
  .max(128, both('不能超过 128 位', 'must have at most 128 characters'))
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), both('须同时包含字母和数字', 'must contain both letters and digits'));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, both('不能为空', 'must not be empty'))
  .max(40, both('不能超过 40 个字符', 'must have at most 40 characters'));

export const mobileSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, both('应为 11 位手机号码', 'must be an 11-digit mainland mobile number'));

export const idSchema = z.uuid(both('编号格式不正确', 'is not a valid id'));

export const loginInput = z.object({
  orgCode: orgCodeSchema,
  username: z.string().trim().toLowerCase().min(1, both('请输入用户名', 'enter your user name')).max(64),
  password: z.string().min(1, both('请输入密码', 'enter your password')).max(256),
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, both('请输入当前密码', 'enter your current password')).max(256),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, both(`不能超过 ${max} 个字符`, `must have at most ${max} characters`))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: z.enum(ROLES),
  officeId: idSchema.nullable().optional(),
  phone: mobileSchema.or(z.literal('')).transform((s) => (s === '' ? null : s)).nullable().optional(),
  email: z.email(both('邮箱格式不正确', 'is not a valid email address')).or(z.literal('')).transform((s) => (s === '' ? null : s)).nullable().optional(),
  password: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.object({
  version: z.number().int().min(1),
  displayName: displayNameSchema.optional(),
  role: z.enum(ROLES).optional(),
  officeId: idSchema.nullable().optional(),
  phone: mobileSchema.or(z.literal('')).transform((s) => (s === '' ? null : s)).nullable().optional(),
  email: z.email(both('邮箱格式不正确', 'is not a valid email address')).or(z.literal('')).transform((s) => (s === '' ? null : s)).nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetPasswordInput = z.object({ password: newPasswordSchema });

export const officeInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, both('至少 2 个字符', 'must have at least 2 characters'))
    .max(40, both('不能超过 40 个字符', 'must have at most 40 characters')),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, both('应为 6 位行政区划代码', 'must be a 6-digit administrative division code'))
    .or(z.literal(''))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  address: optionalText(200),
});
export type OfficeInput = z.infer<typeof officeInput>;

export const updateOfficeInput = officeInput.partial().extend({
  version: z.number().int().min(1),
  active: z.boolean().optional(),
});
export type UpdateOfficeInput = z.infer<typeof updateOfficeInput>;
