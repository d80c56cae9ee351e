import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';
import type { Fen } from '../sales/fen';

/**
 * The rules of the 客情费 cycle an administrator may change (DOMAIN.md §6, seed 002 《客情关系维护费用管理制度》).
 * Every number here is a default from the seed text, never a constant in the code that uses it.
 */

/** What 客情费 may be spent on (002 第一条 2 ①–⑤). */
export const EXPENSE_USAGES = ['purchaser', 'purchasing_head', 'executive', 'new_customer', 'events'] as const;
export type ExpenseUsage = (typeof EXPENSE_USAGES)[number];

export const EXPENSE_USAGE_LABELS: Record<ExpenseUsage, Bilingual> = {
  purchaser: { zh: '客户采购员', en: 'Purchaser' },
  purchasing_head: { zh: '客户采购部领导', en: 'Head of purchasing' },
  executive: { zh: '客户主管采购的公司领导', en: 'Executive in charge of purchasing' },
  new_customer: { zh: '争取新客户的特殊费用', en: 'Special cost to win a new customer' },
  events: { zh: '客户活动、推广会及联谊', en: 'Events, product presentations and get-togethers' },
};

export interface ExpenseSettings {
  /** The usages reps may book 客情费 against; at least one. */
  usages: ExpenseUsage[];
  /** 必须实现纯销而且回款之后才可兑现: nothing is payable for a customer until its purchases are paid. */
  payOnlyAfterCollection: boolean;
  /** 根据客户回款率来决定客情费兑现率: the payable amount is the standard times the collection rate. */
  payoutFollowsCollectionRate: boolean;
  /** 借支限额: the most a rep may have drawn and not yet settled, in fen. */
  borrowingLimitFen: Fen;
  /** 抽查 N 家: customers the sales manager checks after a payout. */
  spotCheckSampleSize: number;
  /** The statement of month M is due by this working day of month M+1 (下班前: the whole day counts). */
  submitByWorkingDay: number;
  /** Clerk, sales manager and finance sign by this working day of M+1, or the statement is void. */
  reviewByWorkingDay: number;
  /** Reps may draw cash for month M from this working day of M+1. */
  payoutFromWorkingDay: number;
}

export const DEFAULT_EXPENSE_SETTINGS: ExpenseSettings = {
  usages: [...EXPENSE_USAGES],
  payOnlyAfterCollection: true,
  payoutFollowsCollectionRate: true,
  borrowingLimitFen: 300_000,
  spotCheckSampleSize: 3,
  submitByWorkingDay: 3,
  reviewByWorkingDay: 8,
  payoutFromWorkingDay: 9,
};

/** Every month of the official calendar 2004–2026 has at least 16 working days, so a deadline up to the 15th always exists. */
export const MAX_DEADLINE_WORKING_DAY = 15;
export const MAX_BORROWING_LIMIT_FEN = 100_000_000; // ¥1,000,000
export const MAX_SPOT_CHECK_SAMPLE = 50;

const workingDay = z
  .number({ message: both('请填写第几个工作日', 'enter a working day number') })
  .int(both('须为整数', 'must be a whole number'))
  .min(1, both('至少为第 1 个工作日', 'must be at least working day 1'))
  .max(MAX_DEADLINE_WORKING_DAY, both(`不能晚于第 ${MAX_DEADLINE_WORKING_DAY} 个工作日`, `must be at most working day ${MAX_DEADLINE_WORKING_DAY}`));

const flag = z.boolean({ message: both('请选择是或否', 'choose yes or no') });

/** Settings as an administrator enters them: submit ≤ review < payout, a positive limit and sample. */
export const expenseSettingsSchema = z
  .object({
    usages: z
      .array(z.enum(EXPENSE_USAGES, { message: both('不认识的费用用途', 'unknown usage') }), { message: both('请选择费用用途', 'choose the usages') })
      .min(1, both('至少选择一种费用用途', 'choose at least one usage'))
      .refine((list) => new Set(list).size === list.length, { message: both('费用用途不能重复', 'a usage is listed twice') }),
    payOnlyAfterCollection: flag,
    payoutFollowsCollectionRate: flag,
    borrowingLimitFen: z
      .number({ message: both('请填写借支限额', 'enter the borrowing limit') })
      .int(both('金额须精确到分', 'must be a whole number of fen'))
      .min(1, both('借支限额须大于 0', 'must be more than zero'))
      .max(MAX_BORROWING_LIMIT_FEN, both('借支限额不能超过 100 万元', 'must be at most ¥1,000,000')),
    spotCheckSampleSize: z
      .number({ message: both('请填写抽查家数', 'enter the number of customers to check') })
      .int(both('须为整数', 'must be a whole number'))
      .min(1, both('至少抽查 1 家', 'must be at least 1'))
      .max(MAX_SPOT_CHECK_SAMPLE, both(`最多抽查 ${MAX_SPOT_CHECK_SAMPLE} 家`, `must be at most ${MAX_SPOT_CHECK_SAMPLE}`)),
    submitByWorkingDay: workingDay,
    reviewByWorkingDay: workingDay,
    payoutFromWorkingDay: workingDay,
  })
  .superRefine((s, ctx) => {
    if (s.reviewByWorkingDay < s.submitByWorkingDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewByWorkingDay'],
        message: both(`审核截止日不能早于报送截止日（第 ${s.submitByWorkingDay} 个工作日）`, `cannot be before the submission deadline (working day ${s.submitByWorkingDay})`),
      });
    }
    if (s.payoutFromWorkingDay <= s.reviewByWorkingDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['payoutFromWorkingDay'],
        message: both(`兑付须在审核截止日（第 ${s.reviewByWorkingDay} 个工作日）之后开始`, `must come after the review deadline (working day ${s.reviewByWorkingDay})`),
      });
    }
  }) satisfies z.ZodType<ExpenseSettings, unknown>;
