import { Card, Flex, Table, Tooltip } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatPercent } from '../../../domain/sales/basis-points';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import type { AbcScope } from '../abc/api';
import { GradeBadge } from '../abc/GradeBadge';
import { useCustomerValue, VALUE_PAGE_SIZE, type CustomerValuePage, type ValueSort } from './api';
import { ExportLinks } from './ExportLinks';
import { analysisText } from './text';

type Row = CustomerValuePage['items'][number];
const pct = (bp: number | null) => (bp === null ? '—' : formatPercent(bp));

/** Customers in scope with historical and current value, sorted on the server (best and worst by margin). */
export function CustomerValueTable({ scope }: { scope: AbcScope }) {
  const t = useT();
  const [sort, setSort] = useState<ValueSort>('currentSales');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [page, setPage] = useState(1);
  const query = useCustomerValue(scope, sort, order, page);
  const sorted = (key: ValueSort): { sorter: true; sortOrder: SortOrder; key: string } => ({ sorter: true, key, sortOrder: sort === key ? (order === 'asc' ? 'ascend' : 'descend') : null });
  const filters = { ...scope, from: undefined, to: undefined, sort, order };
  return (
    <Card size="small" title={t(analysisText.valueTab)} extra={<Flex gap={8}><ExportLinks path="/analysis/customer-value/export" query={filters} /></Flex>}>
      <Table<Row>
        size="small"
        rowKey={(r) => r.customer.id}
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="value-table"
        pagination={{ current: page, pageSize: VALUE_PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, size: 'small' }}
        onChange={(p, _f, s) => {
          const one = Array.isArray(s) ? s[0] : s;
          const key = (one?.columnKey as ValueSort | undefined) ?? undefined;
          if (key && one?.order) {
            setSort(key);
            setOrder(one.order === 'ascend' ? 'asc' : 'desc');
          }
          setPage(p.current ?? 1);
        }}
        columns={[
          { title: t(analysisText.customer), render: (_, r) => <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link> },
          { title: t(analysisText.grade), render: (_, r) => <GradeBadge grade={r.customer.grade} /> },
          { title: t(analysisText.historicalSales), align: 'right', ...sorted('historicalSales'), render: (_, r) => formatYuan(r.historicalSalesFen) },
          { title: t(analysisText.historicalMargin), align: 'right', ...sorted('historicalMargin'), render: (_, r) => formatYuan(r.historicalMarginFen) },
          { title: t(analysisText.currentSales), align: 'right', ...sorted('currentSales'), render: (_, r) => formatYuan(r.currentSalesFen) },
          { title: t(analysisText.currentMargin), align: 'right', ...sorted('currentMargin'), render: (_, r) => formatYuan(r.currentMarginFen) },
          { title: t(analysisText.marginRate), align: 'right', render: (_, r) => pct(r.currentMarginBp) },
          { title: t(analysisText.change), align: 'right', ...sorted('change'), render: (_, r) => pct(r.changeBp) },
          { title: t(analysisText.trend), render: (_, r) => t(analysisText.trends[r.trend]) },
          {
            title: <Tooltip title={t(analysisText.costToServeLater)}>{t(analysisText.costToServe)}</Tooltip>,
            align: 'right',
            render: (_, r) => (r.costToServeFen === null ? '—' : formatYuan(r.costToServeFen)),
          },
        ]}
      />
    </Card>
  );
}
