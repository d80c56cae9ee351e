import { Alert, Descriptions } from 'antd';
import { roleLabel } from '../../shared/entities/role';
import { useLang, useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import type { StatementSummary } from './api';
import { DeadlineText } from './DeadlineText';
import { StatementStatusTag } from './StatementStatusTag';
import { expenseText } from './text';

/** The header of the paper form: who, which month, the status and the three deadlines; the latest return on top. */
export function StatementFacts({ statement: s }: { statement: StatementSummary }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const r = s.lastReturn;
  return (
    <>
      {r && s.status === 'returned' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="statement-last-return"
          title={t(expenseText.lastReturn, { name: r.name, role: roleLabel(r.role, lang), on: r.on, comment: r.comment })}
        />
      ) : null}
      <Descriptions size="small" bordered layout={isMobile ? 'vertical' : 'horizontal'} column={{ xs: 2, sm: 2, lg: 4 }} data-testid="statement-facts">
        <Descriptions.Item label={t(expenseText.rep)}>{s.repName}</Descriptions.Item>
        <Descriptions.Item label={t(expenseText.office)}>{s.officeName}</Descriptions.Item>
        <Descriptions.Item label={t(expenseText.month)}>{s.month}</Descriptions.Item>
        <Descriptions.Item label={t(expenseText.status)}>
          <StatementStatusTag status={s.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t(expenseText.submitBy)}>
          <DeadlineText date={s.submitBy} late={s.overdue || s.submittedLate} testId="statement-submit-by" />
        </Descriptions.Item>
        <Descriptions.Item label={t(expenseText.submittedOn)}>{s.submittedOn ? `${s.submittedOn}${s.submittedLate ? ` · ${t(expenseText.submittedLate)}` : ''}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t(expenseText.reviewBy)}>
          <DeadlineText date={s.reviewBy} late={s.status === 'void'} />
        </Descriptions.Item>
        <Descriptions.Item label={t(expenseText.payoutFrom)}>{s.payoutFrom}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
