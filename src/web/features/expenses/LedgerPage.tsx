import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Segmented, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useLedger, type Ledger } from './api';
import { documentUrl } from './documents';
import { ExpenseFilters, type ExpenseFilterValues } from './ExpenseFilters';
import { yuan } from './format';
import { expenseText } from './text';

type View = 'account' | 'office' | 'rep' | 'period' | 'detail';
type Row = Record<string, string | number | null>;

const money = (fen: number) => yuan(fen);

/** 台账: the 客户关系维护费——<品种> accounts, by account, office, rep, period or in detail; export to .xlsx. */
export function LedgerPage() {
  const t = useT();
  const { lang } = useLang();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [filters, setFilters] = useState<ExpenseFilterValues>({});
  const [view, setView] = useState<View>('account');
  const query = { ...range, officeId: filters.officeId, repId: filters.repId };
  const ledger = useLedger(query);
  const amountColumns: ColumnsType<Row> = [
    { title: t(expenseText.accrued), dataIndex: 'accruedFen', align: 'right', render: money },
    { title: t(expenseText.paid), dataIndex: 'paidFen', align: 'right', render: money },
    { title: t(expenseText.balance), dataIndex: 'balanceFen', align: 'right', render: money },
  ];
  const views: Record<View, { label: string; rows: (l: Ledger) => Row[]; columns: ColumnsType<Row> }> = {
    account: { label: t(expenseText.account), rows: (l) => l.byAccount.map((r) => ({ ...r, name: lang === 'en' ? r.account_en : r.account })), columns: [{ title: t(expenseText.account), dataIndex: 'name' }, ...amountColumns] },
    office: { label: t(expenseText.office), rows: (l) => l.byOffice.map((r) => ({ ...r })), columns: [{ title: t(expenseText.office), dataIndex: 'officeName' }, ...amountColumns] },
    rep: { label: t(expenseText.rep), rows: (l) => l.byRep.map((r) => ({ ...r })), columns: [{ title: t(expenseText.rep), dataIndex: 'repName' }, { title: t(expenseText.office), dataIndex: 'officeName' }, ...amountColumns] },
    period: {
      label: t(expenseText.period),
      rows: (l) => l.byPeriod.map((r) => ({ ...r })),
      columns: [
        { title: t(expenseText.period), dataIndex: 'period' },
        { title: t(expenseText.opening), dataIndex: 'openingFen', align: 'right', render: money },
        { title: t(expenseText.accrued), dataIndex: 'accruedFen', align: 'right', render: money },
        { title: t(expenseText.paid), dataIndex: 'paidFen', align: 'right', render: money },
        { title: t(expenseText.closing), dataIndex: 'closingFen', align: 'right', render: money },
      ],
    },
    detail: {
      label: t(expenseText.detail),
      rows: (l) => l.detail.map((r) => ({ ...r })),
      columns: [
        { title: t(expenseText.period), dataIndex: 'period' },
        { title: t(expenseText.office), dataIndex: 'officeName' },
        { title: t(expenseText.rep), dataIndex: 'repName' },
        { title: t(expenseText.account), dataIndex: 'account' },
        ...amountColumns,
      ],
    },
  };
  const current = views[view];
  return (
    <Flex vertical gap={16} data-testid="ledger-page">
      <PageHeader
        title={t(expenseText.ledgerTitle)}
        description={t(expenseText.ledgerIntro)}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={documentUrl.ledger(query)} data-testid="ledger-export">
              {t(expenseText.export)}
            </Button>
            <Button icon={<DownloadOutlined />} href={documentUrl.specialSummary({ month: range.to, officeId: filters.officeId, repId: filters.repId })} data-testid="summary-export">
              {t(expenseText.exportSummary)}
            </Button>
          </>
        }
      />
      <Flex wrap gap={8}>
        <DatePicker.RangePicker
          picker="month"
          format="YYYY-MM"
          value={range.from && range.to ? [dayjs(`${range.from}-01`), dayjs(`${range.to}-01`)] : null}
          onChange={(v) => setRange(v?.[0] && v[1] ? { from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') } : {})}
          data-testid="ledger-range"
        />
        <ExpenseFilters value={filters} onChange={setFilters} withMonth={false} withStatus={false} />
      </Flex>
      <QueryView query={ledger}>
        {(l) => (
          <Card size="small" title={`${l.from} ~ ${l.to}`}>
            <Flex wrap gap={24} style={{ marginBottom: 12 }}>
              <Statistic title={t(expenseText.accrued)} value={yuan(l.total.accruedFen)} />
              <Statistic title={t(expenseText.paid)} value={yuan(l.total.paidFen)} />
              <Statistic title={t(expenseText.balance)} value={yuan(l.total.balanceFen)} />
            </Flex>
            <Segmented<View> value={view} onChange={setView} options={(Object.keys(views) as View[]).map((k) => ({ value: k, label: views[k].label }))} style={{ marginBottom: 12 }} />
            <Table<Row>
              rowKey={(r) => JSON.stringify([r.period, r.officeName, r.repName, r.productId, r.name, r.repId, r.officeId])}
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={current.columns}
              dataSource={current.rows(l)}
              locale={{ emptyText: t(expenseText.ledgerNone) }}
              data-testid="ledger-table"
            />
          </Card>
        )}
      </QueryView>
    </Flex>
  );
}
