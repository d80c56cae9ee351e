import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useExpenseSettings, useStatements } from './api';
import { ExpenseFilters, type ExpenseFilterValues } from './ExpenseFilters';
import { StatementsTable } from './StatementsTable';
import { expenseText } from './text';

/** 抽查: the approved statements to spot-check after payout; each opens the statement with its spot check. */
export function SpotChecksPage() {
  const t = useT();
  const settings = useExpenseSettings();
  const [filters, setFilters] = useState<ExpenseFilterValues>({});
  const list = useStatements({ ...filters, status: 'finance_approved' });
  return (
    <Flex vertical gap={16} data-testid="spot-checks-page">
      <PageHeader title={t(expenseText.spotChecksTitle)} description={t(expenseText.spotIntro, { n: settings.data?.settings.spotCheckSampleSize ?? 3 })} />
      <Card size="small" title={t(expenseText.approvedStatements)}>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <ExpenseFilters value={filters} onChange={setFilters} withStatus={false} />
        </Flex>
        <QueryView query={list}>{(data) => <StatementsTable items={data.items} emptyText={t(expenseText.noStatements)} testId="spot-check-statements" />}</QueryView>
      </Card>
    </Flex>
  );
}
