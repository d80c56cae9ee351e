import { z } from 'zod';
import { calendarDateSchema } from '../customers/calendar-dates';
import { optionalText, requiredText } from '../customers/text-fields';
import { idSchema } from '../identity/schemas';
import { both } from '../shared/bilingual-issue';

/**
 * What the sales ledger accepts: products with their prices and 客情费 standard, orders (sales and returns)
 * with lines, and collections (回款). Amounts are integer fen; the web converts typed yuan with parseYuan.
 */
const MAX_FEN = 1_000_000_000_000; // ¥10 billion: far above any line, far below the exact-integer limit

export const fenSchema = z
  .number({ message: both('请填写金额', 'enter an amount') })
  .int(both('金额须精确到分', 'must be a whole number of fen'))
  .min(0, both('金额不能为负数', 'cannot be negative'))
  .max(MAX_FEN, both('金额过大', 'is too large'));

export const productCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, both('编码只能含字母、数字、点、横线和下划线，最长 40 位', 'use letters, digits, dot, dash or underscore, at most 40'));

export const productInputSchema = z.object({
  code: productCodeSchema,
  name: requiredText(100),
  category: requiredText(40),
  unit: requiredText(10),
  listPriceFen: fenSchema,
  costFen: fenSchema,
  /** 客情费 standard per unit sold, used by the monthly expense statement. */
  expenseStandardFen: fenSchema,
  spec: optionalText(100),
});
export type ProductInput = z.infer<typeof productInputSchema>;

const quantitySchema = z
  .number({ message: both('请填写数量', 'enter a quantity') })
  .int(both('数量须为整数', 'must be a whole number'))
  .refine((q) => q !== 0, { message: both('数量不能为 0', 'cannot be zero') })
  .refine((q) => q > 0, { message: both('数量不能为负数；退货请开退货单', 'cannot be negative; enter a return instead') })
  .refine((q) => q <= 10_000_000, { message: both('数量过大', 'is too large') });

export const orderLineInputSchema = z.object({
  productId: idSchema,
  quantity: quantitySchema,
  /** Unit price actually charged, in fen; the product's list price when left out. */
  unitPriceFen: fenSchema.optional(),
});

export const orderInputSchema = z.object({
  customerId: idSchema,
  /** sale, or return (退货) of goods sold earlier: quantities are entered positive and booked negative. */
  kind: z.enum(['sale', 'return'], { message: both('请选择销售或退货', 'choose sale or return') }).default('sale'),
  orderDate: calendarDateSchema,
  /** The sending system's own order number; the same number twice is the same order (idempotent ERP push). */
  externalRef: optionalText(64),
  /** For a return: the sale it returns goods from. */
  returnOf: idSchema.nullish(),
  note: optionalText(500),
  lines: z
    .array(orderLineInputSchema, { message: both('请至少填写一行商品', 'add at least one line') })
    .min(1, both('请至少填写一行商品', 'add at least one line'))
    .max(500, both('一张订单最多 500 行', 'at most 500 lines per order')),
});
export type OrderInput = z.infer<typeof orderInputSchema>;

export const collectionInputSchema = z.object({
  orderId: idSchema,
  collectedOn: calendarDateSchema,
  amountFen: fenSchema.refine((v) => v > 0, { message: both('回款金额须大于 0', 'must be more than zero') }),
  externalRef: optionalText(64),
  note: optionalText(500),
});
export type CollectionInput = z.infer<typeof collectionInputSchema>;
