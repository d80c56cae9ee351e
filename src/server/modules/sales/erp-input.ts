import { z } from 'zod';
import { requiredText } from '../../../domain/customers/text-fields';
import { idSchema } from '../../../domain/identity/schemas';
import { orderInputSchema, orderLineInputSchema, productCodeSchema } from '../../../domain/sales/ledger-schemas';
import { both } from '../../../domain/shared/bilingual-issue';

/**
 * What the ERP pushes: an order under its own number (externalRef), naming the customer by id or by its external
 * code (customers.external_code) and each product by id or by code. Pushing the same number again with the same
 * content changes nothing; with different content it is refused.
 */
const erpLineSchema = orderLineInputSchema
  .extend({ productId: idSchema.optional(), productCode: productCodeSchema.optional() })
  .refine((l) => l.productId !== undefined || l.productCode !== undefined, { message: both('请填写产品编号或产品编码', 'give the product id or the product code'), path: ['productCode'] });

export const erpOrderBody = orderInputSchema
  .extend({
    externalRef: requiredText(64),
    customerId: idSchema.optional(),
    customerCode: z.string().trim().min(1).max(64).optional(),
    /** For a return: the ERP number of the sale it returns goods from (or returnOf, our id). */
    returnOfRef: z.string().trim().min(1).max(64).optional(),
    lines: z
      .array(erpLineSchema, { message: both('请至少填写一行商品', 'add at least one line') })
      .min(1, both('请至少填写一行商品', 'add at least one line'))
      .max(500, both('一张订单最多 500 行', 'at most 500 lines per order')),
  })
  .refine((o) => o.customerId !== undefined || o.customerCode !== undefined, { message: both('请填写客户编号或客户外部编号', 'give the customer id or the customer external code'), path: ['customerCode'] });
export type ErpOrderInput = z.infer<typeof erpOrderBody>;
