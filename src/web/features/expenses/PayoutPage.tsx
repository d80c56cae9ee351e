import { Card, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useRepOptions, useStatements } from './api';
import { PayoutPositionCard } from './PayoutPositionCard';
import { StatementsTable } from './StatementsTable';
import { expenseText } from './text';

/** 付款: approved statements, and for a chosen rep what can be drawn within the borrowing limit; finance records draws and settlements. A rep sees their own. */
export function PayoutPage() {
  const t = useT();
  const { me } = useSession();
  const isRep = me.user.role === 'rep';
  const reps = useRepOptions(undefined);
  const [repId, setRepId] = useState<string | undefined>(isRep ? me.user.id : undefined);
  const approved = useStatements({ status: 'finance_approved' }, !isRep);
  return (
    <Flex vertical gap={16} data-testid="payout-page">
      <PageHeader
        title={t(expenseText.payoutTitle)}
        description={t(expenseText.payoutIntro)}
        extra={
          isRep ? null : (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 180 }}
              placeholder={t(expenseText.chooseRep)}
              value={repId}
              onChange={setRepId}
              options={(reps.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
              data-testid="payout-rep"
            />
          )
        }
      />
      {repId ? <PayoutPositionCard repId={repId} /> : <Empty description={t(expenseText.payoutHint)} />}
      {isRep ? null : (
        <Card size="small" title={t(expenseText.approvedStatements)}>
          <QueryView query={approved}>{(data) => <StatementsTable items={data.items} emptyText={t(expenseText.noStatements)} testId="approved-statements" />}</QueryView>
        </Card>
      )}
    </Flex>
  );
}
