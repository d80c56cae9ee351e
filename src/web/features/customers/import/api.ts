import type { ImportOf } from '../../../shared/import/api';

/** The person's current customer import, as GET /api/customer-imports/current gives it. */
export type CustomerImport = ImportOf<
  { create: number; update: number; unchanged: number },
  { row: number; action: 'create' | 'update' | 'unchanged'; name: string; changes: string[] }
>;

export const CUSTOMER_IMPORTS = '/customer-imports';
