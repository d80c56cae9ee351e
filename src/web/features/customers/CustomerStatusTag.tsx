import { Tag } from 'antd';
import type { CustomerStatus } from '../../../domain/customers/customer-options';
import { useLang } from '../../shared/i18n/lang';
import { STATUS_COLORS, statusLabel } from './labels';

/** 潜在 / 合作 / 流失 in its colour. */
export function CustomerStatusTag({ status }: { status: CustomerStatus }) {
  const { lang } = useLang();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status, lang)}
    </Tag>
  );
}
