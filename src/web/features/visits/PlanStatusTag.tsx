import { Tag } from 'antd';
import { useT } from '../../shared/i18n/lang';
import type { PlanStatus } from './api';
import { visitsText } from './text';

const COLORS: Record<PlanStatus, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning' };

export const statusText = (status: PlanStatus | null) => (status ? visitsText[status] : visitsText.notGenerated);

/** 草稿 / 待审核 / 已批准 / 已退回, or 未生成 when the month has no plan. */
export function PlanStatusTag({ status }: { status: PlanStatus | null }) {
  const t = useT();
  return (
    <Tag color={status ? COLORS[status] : 'default'} data-testid="plan-status" style={{ marginInlineEnd: 0 }}>
      {t(statusText(status))}
    </Tag>
  );
}
