import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import type { StatementDetail, StatementRow } from './api';
import { AdjustRowModal } from './AdjustRowModal';
import { documentUrl } from './documents';
import { PayoutPositionCard } from './PayoutPositionCard';
import { ReviewActions, useStatementRights } from './ReviewActions';
import { SignaturesAndTrail } from './SignaturesAndTrail';
import { SpecialApplicationsCard } from './SpecialApplicationsCard';
import { SpotCheckCard } from './SpotCheckCard';
import { StatementFacts } from './StatementFacts';
import { StatementRowsTable } from './StatementRowsTable';
import { StatementTotals } from './StatementTotals';
import { expenseText } from './text';

/**
 * One 《月客户采购及客情费统计表》 with everything done to it: the header and deadlines, the customer rows (the rep
 * adjusts them while it is a draft or returned), the actions of whoever's turn it is, the downloads, the signatures and
 * trail, the month's new-customer special applications, and once approved the payout and the spot check.
 */
export function StatementView({ statement: s }: { statement: StatementDetail }) {
  const t = useT();
  const { can, me } = useSession();
  const rights = useStatementRights(s);
  const [adjusting, setAdjusting] = useState<StatementRow | null>(null);
  const approved = s.status === 'finance_approved';
  return (
    <Flex vertical gap={16} data-testid="statement-view">
      <StatementFacts statement={s} />
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Text strong>{t(expenseText.formName)}</Typography.Text>
        <Space wrap>
          <ReviewActions statement={s} />
          <Button icon={<DownloadOutlined />} href={documentUrl.statement(s.id, 'pdf')} data-testid="statement-pdf">
            {t(expenseText.pdf)}
          </Button>
          <Button icon={<DownloadOutlined />} href={documentUrl.statement(s.id, 'xlsx')} data-testid="statement-xlsx">
            {t(expenseText.xlsx)}
          </Button>
        </Space>
      </Flex>
      <StatementTotals totals={s.totals} />
      <StatementRowsTable statement={s} onAdjust={rights.edit ? setAdjusting : undefined} />
      <SignaturesAndTrail statement={s} />
      <SpecialApplicationsCard summary={s.specialApplications} canFile={can('expenseApplication.file') && me.user.id === s.repId} />
      {approved && (can('expensePayout.record') || me.user.id === s.repId) ? <PayoutPositionCard repId={s.repId} onlyStatementId={s.id} /> : null}
      {approved && can('expenseSpotCheck.read') ? <SpotCheckCard statementId={s.id} /> : null}
      {adjusting ? <AdjustRowModal statementId={s.id} row={adjusting} onClose={() => setAdjusting(null)} /> : null}
    </Flex>
  );
}
