import type { ImportOf } from '../../../shared/import/api';

/** The person's current order import, as GET /api/order-imports/current gives it. */
export type OrderImport = ImportOf<
  { create: number; unchanged: number },
  { row: number; orderNo: string; action: 'create' | 'unchanged'; customer: string; lines: number; amountFen: number }
>;

export const ORDER_IMPORTS = '/order-imports';
