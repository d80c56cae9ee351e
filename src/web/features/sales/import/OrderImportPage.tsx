import type { QueryClient } from '@tanstack/react-query';
import { checkOrderMapping } from '../../../../domain/sales/order-import-columns';
import { ImportWizard } from '../../../shared/import/ImportWizard';
import { ORDERS_KEY } from '../api';
import { ORDER_IMPORTS, type OrderImport } from './api';
import { OrderOutcomeTable } from './OrderOutcomeTable';
import { orderImportText } from './text';

/** After an import, the order lists and customer sales are stale. */
const refreshOrders = (client: QueryClient) => client.invalidateQueries({ queryKey: ORDERS_KEY });

const outcomes = (o: OrderImport['outcomes']) => <OrderOutcomeTable outcomes={o} />;

/** 导入订单: orders (rows with the same 订单号 form one) from a file through the import wizard; orders imported before stay as they are. */
export function OrderImportPage() {
  return <ImportWizard base={ORDER_IMPORTS} listPath="/orders" text={orderImportText} checkMapping={checkOrderMapping} outcomes={outcomes} refresh={refreshOrders} />;
}
