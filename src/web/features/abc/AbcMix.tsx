import { Table } from 'antd';
import { formatPercent } from '../../../domain/sales/basis-points';
import { useT } from '../../shared/i18n/lang';
import type { MixEntry } from './api';
import { GradeBadge } from './GradeBadge';
import { abcText } from './text';

/** The real A/B/C mix (counts and shares of customers, share of sales) next to the ideal mix, with the deviation. */
export function AbcMix({ mix }: { mix: MixEntry[] }) {
  const t = useT();
  return (
    <Table<MixEntry>
      size="small"
      pagination={false}
      rowKey="grade"
      dataSource={mix}
      scroll={{ x: 'max-content' }}
      data-testid="abc-mix"
      columns={[
        { title: t(abcText.grade), dataIndex: 'grade', render: (g: MixEntry['grade']) => <GradeBadge grade={g} /> },
        { title: t(abcText.count), dataIndex: 'customers', align: 'right' },
        { title: t(abcText.actual), dataIndex: 'customerBp', align: 'right', render: formatPercent },
        { title: t(abcText.ideal), dataIndex: 'idealBp', align: 'right', render: formatPercent },
        {
          title: t(abcText.deviation),
          dataIndex: 'deviationBp',
          align: 'right',
          render: (bp: number) => <span style={{ color: bp === 0 ? undefined : bp > 0 ? '#d46b08' : '#1677ff' }}>{`${bp > 0 ? '+' : ''}${formatPercent(bp)}`}</span>,
        },
        { title: t(abcText.salesShare), dataIndex: 'salesBp', align: 'right', render: formatPercent },
      ]}
    />
  );
}
