import { Card, Flex } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useInbox, useStatements } from './api';
import { ApplicationsTable } from './ApplicationsTable';
import { ExpenseFilters, type ExpenseFilterValues } from './ExpenseFilters';
import { StatementsTable } from './StatementsTable';
import { expenseText } from './text';

/** 客情费审核: what waits for me (with the due date, late in red), the pending special applications, and every statement by month / office / rep / status. */
export function ReviewPage() {
  const t = useT();
  const { can } = useSession();
  const inbox = useInbox();
  const [filters, setFilters] = useState<ExpenseFilterValues>({});
  const list = useStatements({ ...filters });
  return (
    <Flex vertical gap={16} data-testid="expense-review-page">
      <PageHeader title={t(expenseText.reviewTitle)} description={t(expenseText.reviewIntro)} />
      <Card size="small" title={t(expenseText.waitingTitle)}>
        <QueryView query={inbox}>
          {(data) => (
            <Flex vertical gap={16}>
              <StatementsTable items={data.statements} emptyText={t(expenseText.waitingNone)} testId="waiting-statements" />
              {can('expenseApplication.decide') && data.applications.length ? (
                <Card size="small" type="inner" title={t(expenseText.pendingApps)}>
                  <ApplicationsTable items={data.applications} canDecide showRep />
                </Card>
              ) : null}
            </Flex>
          )}
        </QueryView>
      </Card>
      <Card size="small" title={t(expenseText.allStatements)}>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <ExpenseFilters value={filters} onChange={setFilters} />
        </Flex>
        <QueryView query={list}>{(data) => <StatementsTable items={data.items} emptyText={t(expenseText.noStatements)} testId="all-statements" />}</QueryView>
      </Card>
    </Flex>
  );
}
