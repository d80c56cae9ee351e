import { Tag } from 'antd';
import type { StatementStatus } from '../../../domain/expenses/review';
import { STATEMENT_STATUS_LABELS } from '../../../domain/expenses/review';
import { useT } from '../../shared/i18n/lang';

const COLORS: Record<StatementStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  clerk_approved: 'processing',
  manager_approved: 'processing',
  finance_approved: 'success',
  void: 'error',
};

/** 草稿 / 已报送，待文员审核 / … / 审核完成 / 已作废, coloured by how far the review got. */
export function StatementStatusTag({ status }: { status: StatementStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid="statement-status">
      {t(STATEMENT_STATUS_LABELS[status])}
    </Tag>
  );
}
