import { Flex, Statistic } from 'antd';
import { useT } from '../../shared/i18n/lang';
import type { StatementTotals as Totals } from './api';
import { rate, yuan } from './format';
import { expenseText } from './text';

/** The statement's totals at a glance, above its (long) table: customers, purchases, collections, rate, payable and the amount paid out. */
export function StatementTotals({ totals }: { totals: Totals }) {
  const t = useT();
  const size = { content: { fontSize: 18 } };
  return (
    <Flex wrap gap={24} data-testid="statement-totals-strip">
      <Statistic title={t(expenseText.customerCount)} value={totals.customers} styles={size} />
      <Statistic title={t(expenseText.purchases)} value={yuan(totals.purchasesFen)} styles={size} />
      <Statistic title={t(expenseText.collected)} value={yuan(totals.collectedFen)} styles={size} />
      <Statistic title={t(expenseText.collectionRate)} value={rate(totals.collectionRateBp)} styles={size} />
      <Statistic title={t(expenseText.payable)} value={yuan(totals.payableFen)} styles={size} />
      <Statistic title={t(expenseText.final)} value={yuan(totals.finalFen)} styles={{ content: { fontSize: 18, fontWeight: 600 } }} data-testid="statement-final-total" />
    </Flex>
  );
}
