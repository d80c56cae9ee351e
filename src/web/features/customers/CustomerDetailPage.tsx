import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, HeartOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PROFILE_ITEMS } from '../../../domain/customers/customer-options';
import { useSession } from '../../app/session';
import { CurrentGradeBadge, GradeHistory } from '../abc/GradeHistory';
import { abcText } from '../abc/text';
import { hasCode } from '../../shared/api/client';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useCustomer, useCustomerTypes } from './api';
import { ContactsSection } from './ContactsSection';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomFieldValues } from './CustomFieldValues';
import { CustomerStatusTag } from './CustomerStatusTag';
import { HistoryTimeline } from './HistoryTimeline';
import { customerFieldLabel, regionText, sourceLabel, typeLabel } from './labels';
import { MergeDialog } from './merge/MergeDialog';
import { MergedNotice } from './merge/MergedNotice';
import { mergeText } from './merge/text';
import { customersText } from './text';
import type { Customer } from './types';
import { useCustomerDelete } from './use-customer-delete';
import { CustomerSalesCard } from '../sales/CustomerSalesCard';
import { CustomerVisitRuleCard } from '../visits/customer-rule/CustomerVisitRuleCard';
import { VisitRecordHistory } from '../visits/VisitRecordHistory';
import { visitRecordText } from '../visits/visit-record-text';

function Preferences({ customer }: { customer: Customer }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      data-testid="customer-preferences"
      title={
        <Flex gap={8} align="center">
          <HeartOutlined style={{ color: token.colorWarning }} />
          {t(customersText.preferences)}
        </Flex>
      }
      style={{ marginBottom: 16, background: token.colorWarningBg, borderColor: token.colorWarningBorder }}
    >
      {customer.preferences ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15, margin: 0 }}>{customer.preferences}</Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t(customersText.preferencesEmpty)}</Typography.Text>
      )}
    </Card>
  );
}

function Basics({ customer }: { customer: Customer }) {
  const t = useT();
  const { lang } = useLang();
  const dash = (v: React.ReactNode) => v || '—';
  const loc = customer.location;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'address', label: t(customersText.address), children: dash(customer.address), span: 'filled' },
        { key: 'phones', label: t(customersText.phones), children: customer.phones.length ? customer.phones.map((p) => <a key={p} href={`tel:${p}`} style={{ marginInlineEnd: 8 }}>{p}</a>) : '—' },
        { key: 'location', label: t(customersText.location), children: loc ? `${loc.lng}, ${loc.lat}（${loc.datum}）` : '—' },
        {
          key: 'source',
          label: t(customersText.source),
          children: customer.source ? [sourceLabel(customer.source, lang), customer.sourceNote].filter(Boolean).join(' · ') : dash(customer.sourceNote),
        },
        { key: 'creditCode', label: t(customersText.creditCode), children: dash(customer.creditCode) },
        {
          key: 'tags',
          label: t(customersText.tags),
          children: customer.tags.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—',
        },
        ...(customer.externalCode ? [{ key: 'externalCode', label: t(customersText.externalCode), children: customer.externalCode }] : []),
        { key: 'createdAt', label: t(customersText.createdAt), children: formatDateTime(customer.createdAt) },
      ]}
    />
  );
}

function Profile({ customer }: { customer: Customer }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Descriptions
      size="small"
      column={1}
      styles={{ label: { width: 150 } }}
      items={PROFILE_ITEMS.map((item) => {
        const value = customer.profile?.[item];
        return {
          key: item,
          label: customerFieldLabel(item, lang),
          children: value ? <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> : <Typography.Text type="secondary">{t(customersText.notFilled)}</Typography.Text>,
        };
      })}
    />
  );
}

function ImportantDates({ customer }: { customer: Customer }) {
  const t = useT();
  if (!customer.importantDates.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="important-dates">
      {customer.importantDates.map((d, i) => (
        <div key={i}>
          <Typography.Text strong>{d.date}</Typography.Text>
          {d.date.length === 5 ? <Typography.Text type="secondary">（{t(customersText.everyYear)}）</Typography.Text> : null} {d.label}
        </div>
      ))}
    </Flex>
  );
}

function Detail({ customer }: { customer: Customer }) {
  const t = useT();
  const { lang } = useLang();
  const { can } = useSession();
  const types = useCustomerTypes();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const deletion = useCustomerDelete();
  const deleted = !!customer.deletedAt;
  const editable = can('customer.update') && !deleted;
  const subtitle = [typeLabel(types.data, customer.typeCode, lang), regionText(customer.regionCode), t(customersText.ownerLine, { name: customer.ownerName ?? t(customersText.noOwner) }), customer.officeName]
    .filter(Boolean)
    .join(' · ');

  return (
    <div data-testid="customer-detail">
      <Link to="/customers" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(customersText.backToList)}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="customer-name">{customer.name}</span>
            <CustomerStatusTag status={customer.status} />
            {can('abc.read') ? <CurrentGradeBadge customerId={customer.id} /> : null}
          </Flex>
        }
        description={subtitle}
        extra={
          <>
            {editable ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="customer-edit">
                {t(common.edit)}
              </Button>
            ) : null}
            {can('customer.merge') && !deleted ? (
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)} data-testid="customer-merge">
                {t(mergeText.action)}
              </Button>
            ) : null}
            {can('customer.delete') && !deleted ? (
              <Button danger icon={<DeleteOutlined />} onClick={() => deletion.remove(customer)} data-testid="customer-delete">
                {t(customersText.delete)}
              </Button>
            ) : null}
          </>
        }
      />
      {deleted ? (
        <Alert
          type="error"
          showIcon
          title={t(customersText.deletedBanner, { when: formatDateTime(customer.deletedAt) })}
          action={
            can('customer.delete') ? (
              <Button size="small" onClick={() => void deletion.restore(customer)} loading={deletion.restoring} data-testid="customer-restore">
                {t(customersText.restore)}
              </Button>
            ) : null
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Preferences customer={customer} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={t(customersText.basics)} data-testid="customer-basics">
              <Basics customer={customer} />
            </Card>
            <CustomFieldValues customer={customer} />
            <Card size="small" title={t(customersText.contacts)}>
              <ContactsSection customer={customer} editable={editable} />
            </Card>
            <Card size="small" title={t(customersText.profile)} data-testid="customer-profile">
              <Profile customer={customer} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t(customersText.importantDates)}>
              <ImportantDates customer={customer} />
            </Card>
            {can('order.read') ? <CustomerSalesCard customerId={customer.id} /> : null}
            {(can('visitPlan.read') || can('customerVisitRule.manage')) && !customer.deletedAt ? (
              <CustomerVisitRuleCard customerId={customer.id} customerName={customer.name} editable={can('customerVisitRule.manage')} />
            ) : null}
            {can('abc.read') ? (
              <Card size="small" title={t(abcText.gradeHistory)}>
                <GradeHistory customerId={customer.id} />
              </Card>
            ) : null}
            {can('visit.read') ? (
              <Card size="small" title={t(visitRecordText.historyTitle)} data-testid="customer-visits">
                <VisitRecordHistory customerId={customer.id} />
              </Card>
            ) : null}
            <Card size="small" title={t(customersText.history)}>
              <HistoryTimeline customerId={customer.id} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {editing ? <CustomerFormModal customer={customer} onClose={() => setEditing(false)} /> : null}
      {merging ? <MergeDialog customer={customer} onClose={() => setMerging(false)} /> : null}
    </div>
  );
}

/** /customers/:id — one customer's archive: what to know before serving them, who they are, who decides, what changed. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  if (hasCode(customer.error, 'CUSTOMER_MERGED')) return <MergedNotice error={customer.error} />;
  return <QueryView query={customer}>{(c) => <Detail customer={c} />}</QueryView>;
}
