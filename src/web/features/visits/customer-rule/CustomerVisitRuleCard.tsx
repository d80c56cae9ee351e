import { Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../../shared/i18n/lang';
import { useCustomerVisitRule, type RuleSource } from './api';
import { CustomerRuleModal } from './CustomerRuleModal';
import { customerRuleText } from './text';

const SOURCE_TEXT: Record<RuleSource, { zh: string; en: string }> = {
  customer: customerRuleText.fromCustomer,
  'customer-type': customerRuleText.fromType,
  organisation: customerRuleText.fromOrganisation,
};

/** The customer page's 拜访规则 card: visits a month and calls, where each comes from, and the manager's exception. */
export function CustomerVisitRuleCard({ customerId, customerName, editable }: { customerId: string; customerName: string; editable: boolean }) {
  const t = useT();
  const rule = useCustomerVisitRule(customerId);
  const [editing, setEditing] = useState(false);
  const r = rule.data;
  const source = (s: RuleSource) => <Tag color={s === 'customer' ? 'purple' : undefined} style={{ marginInlineStart: 8 }}>{t(SOURCE_TEXT[s])}</Tag>;
  return (
    <Card
      size="small"
      title={t(customerRuleText.title)}
      data-testid="customer-visit-rule"
      extra={
        editable && r ? (
          <Button type="link" size="small" onClick={() => setEditing(true)} data-testid="customer-rule-edit">
            {t(customerRuleText.edit)}
          </Button>
        ) : null
      }
    >
      {!r ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t(customerRuleText.visits)}>
            <span data-testid="customer-rule-visits-value">{t(customerRuleText.visitsValue, { n: r.effective.visitsPerMonth })}</span>
            {source(r.effective.source.visitsPerMonth)}
          </Descriptions.Item>
          <Descriptions.Item label={t(customerRuleText.phone)}>
            {t(r.effective.phoneAllowed ? customerRuleText.allowed : customerRuleText.notAllowed)}
            {source(r.effective.source.phoneAllowed)}
          </Descriptions.Item>
        </Descriptions>
      )}
      {editing && r ? <CustomerRuleModal rule={r} customerName={customerName} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
