import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useStatements } from './api';
import { ExpenseFilters, type ExpenseFilterValues } from './ExpenseFilters';
import { StatementsTable } from './StatementsTable';
import { expenseText } from './text';

const officeStatementsText = {
  title: { zh: '客情费统计表', en: 'Expense statements' },
  intro: {
    zh: '本办事处销售代表的《月客户采购及客情费统计表》，只读；审核由销售文员、销售部经理和财务进行。',
    en: 'The monthly expense statements of your office’s reps, read-only; the clerk, the sales manager and finance review them.',
  },
} as const;

/** 客情费统计表 for an office manager: the statements in their scope (their office's), by month, rep and status; read-only. */
export function OfficeStatementsPage() {
  const t = useT();
  const [filters, setFilters] = useState<ExpenseFilterValues>({});
  const list = useStatements({ ...filters });
  return (
    <Flex vertical gap={16} data-testid="office-statements-page">
      <PageHeader title={t(officeStatementsText.title)} description={t(officeStatementsText.intro)} />
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <ExpenseFilters value={filters} onChange={setFilters} />
        </Flex>
        <QueryView query={list}>{(data) => <StatementsTable items={data.items} emptyText={t(expenseText.noStatements)} testId="office-statements" />}</QueryView>
      </Card>
    </Flex>
  );
}
