import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import type { ApplicationSummary } from './api';
import { ApplicationFormModal } from './ApplicationFormModal';
import { ApplicationsTable } from './ApplicationsTable';
import { yuan } from './format';
import { expenseText } from './text';

/** 《月新客户特殊费用申请汇总表》 filed beside the statement, and (for a rep) the form to apply for a new customer. */
export function SpecialApplicationsCard({ summary, canFile }: { summary: ApplicationSummary; canFile: boolean }) {
  const t = useT();
  const { can } = useSession();
  const [filing, setFiling] = useState(false);
  return (
    <Card
      size="small"
      title={t(expenseText.specialTitle, { month: summary.month })}
      data-testid="special-applications"
      extra={
        canFile ? (
          <Button size="small" onClick={() => setFiling(true)} data-testid="application-file">
            {t(expenseText.specialFile)}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph data-testid="special-summary">
        {t(expenseText.specialSummary, { count: summary.count, total: yuan(summary.totalFen), approved: yuan(summary.approvedFen), pending: yuan(summary.pendingFen) })}
      </Typography.Paragraph>
      <ApplicationsTable items={summary.items} canDecide={can('expenseApplication.decide')} showRep={false} />
      {filing ? <ApplicationFormModal onClose={() => setFiling(false)} /> : null}
    </Card>
  );
}
