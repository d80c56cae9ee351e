import { Table } from 'antd';
import { Link } from 'react-router';
import { formatPercent } from '../../../domain/sales/basis-points';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { ABC_PAGE_SIZE, type AbcAnalysis } from './api';
import { GradeBadge } from './GradeBadge';
import { abcText } from './text';

type Row = AbcAnalysis['rows'][number];

/** One page of the ranked customers (or of those without sales); the pager counts all of them. */
export function AbcTable({ data, page, onPage, loading }: { data: AbcAnalysis; page: number; onPage: (p: number) => void; loading: boolean }) {
  const t = useT();
  const pct = (bp: number | null) => (bp === null ? '—' : formatPercent(bp));
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data.rows}
      scroll={{ x: 'max-content' }}
      data-testid="abc-table"
      pagination={{ current: page, pageSize: ABC_PAGE_SIZE, total: data.listTotal, showSizeChanger: false, onChange: onPage, size: 'small' }}
      columns={[
        { title: t(abcText.rank), dataIndex: 'rank', align: 'right', render: (r: number | null) => r ?? '—' },
        { title: t(abcText.customer), dataIndex: 'name', render: (name: string, r) => <Link to={`/customers/${r.id}`}>{name}</Link> },
        { title: t(abcText.sales), dataIndex: 'salesFen', align: 'right', render: (fen: number | null) => (fen === null ? t(abcText.noSalesAmount) : fen < 0 ? `${formatYuan(fen)} (${t(abcText.netReturn)})` : formatYuan(fen)) },
        { title: t(abcText.share), dataIndex: 'shareBp', align: 'right', render: pct },
        { title: t(abcText.cumulative), dataIndex: 'cumulativeBp', align: 'right', render: pct },
        { title: t(abcText.grade), dataIndex: 'abcGrade', render: (g: Row['abcGrade']) => <GradeBadge grade={g} /> },
        { title: t(abcText.currentGrade), dataIndex: 'grade', render: (g: Row['grade']) => <GradeBadge grade={g} /> },
        { title: t(abcText.office), dataIndex: 'officeName', render: (v: string | null) => v ?? '—' },
        { title: t(abcText.owner), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
