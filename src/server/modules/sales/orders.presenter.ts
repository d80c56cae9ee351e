import { z } from 'zod';

const fen = z.number().int();

/** An order or return in a list; amounts signed (a return is negative), in fen. */
export const orderSummaryView = z
  .object({
    id: z.string(),
    kind: z.enum(['sale', 'return']),
    orderDate: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    officeName: z.string().nullable(),
    ownerName: z.string().nullable(),
    externalRef: z.string().nullable(),
    source: z.enum(['manual', 'import', 'erp']),
    returnOf: z.string().nullable(),
    amountFen: fen,
    costFen: fen,
    /** For a sale: amount less returns and collections; 0 for a return. */
    owedFen: fen,
    createdAt: z.date(),
  })
  .meta({ id: 'OrderSummary' });
export type OrderSummary = z.infer<typeof orderSummaryView>;

export const orderLineView = z.object({
  lineNo: z.number().int(),
  productId: z.string(),
  productCode: z.string(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  unitPriceFen: fen,
  amountFen: fen,
  costFen: fen,
});

export const collectionView = z
  .object({
    id: z.string(),
    orderId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    orderDate: z.string(),
    collectedOn: z.string(),
    amountFen: fen,
    externalRef: z.string().nullable(),
    note: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Collection' });
export type CollectionView = z.infer<typeof collectionView>;

/** One order with its lines, collections and returns, what is owed, and what may still be returned per product. */
export const orderDetailView = orderSummaryView
  .extend({
    note: z.string().nullable(),
    createdByName: z.string().nullable(),
    lines: z.array(orderLineView),
    collections: z.array(collectionView),
    returns: z.array(orderSummaryView),
    /** Returns booked against this sale, as a positive amount. */
    returnedFen: fen,
    collectedFen: fen,
    /** Per product of a sale: units that may still be returned. */
    returnable: z.array(z.object({ productId: z.string(), quantity: z.number().int() })),
  })
  .meta({ id: 'OrderDetail' });
export type OrderDetail = z.infer<typeof orderDetailView>;

/** Sales of one customer, for the customer page's card. */
export const customerSalesView = z.object({
  /** The first month counted (12 months up to and including this one, Asia/Shanghai). */
  sinceMonth: z.string(),
  last12MonthsFen: fen,
  last12MonthsCostFen: fen,
  owedFen: fen,
  orderCount: z.number().int(),
  lastOrderDate: z.string().nullable(),
});
