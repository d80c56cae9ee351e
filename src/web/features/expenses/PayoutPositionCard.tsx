import { Button, Card, Statistic, Table, Tag, Typography, Flex } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import { usePayoutPosition, type Draw, type PayoutPosition } from './api';
import { RecordDrawModal, SettleDrawModal } from './DrawModals';
import { yuan } from './format';
import { expenseText } from './text';

type PositionStatement = PayoutPosition['statements'][number];

const STATE_COLORS: Record<PositionStatement['state'], string> = { 'not-approved': 'default', 'not-open-yet': 'warning', 'nothing-payable': 'default', paid: 'success', open: 'processing' };

/**
 * A rep's cash position: the borrowing limit, what is drawn and not settled, what can be drawn now; per approved
 * statement what is left and whether payout is open; the draws with their settlement. Finance records from here.
 */
export function PayoutPositionCard({ repId, onlyStatementId }: { repId: string; onlyStatementId?: string }) {
  const t = useT();
  const { can } = useSession();
  const canRecord = can('expensePayout.record');
  const query = usePayoutPosition(repId);
  const [drawing, setDrawing] = useState<PositionStatement | null>(null);
  const [settling, setSettling] = useState<Draw | null>(null);
  return (
    <QueryView query={query}>
      {(p) => {
        const statements = onlyStatementId ? p.statements.filter((s) => s.statementId === onlyStatementId) : p.statements;
        const draws = onlyStatementId ? p.draws.filter((d) => d.statementId === onlyStatementId) : p.draws;
        const statementColumns: ColumnsType<PositionStatement> = [
          { title: t(expenseText.month), dataIndex: 'month' },
          { title: t(expenseText.final), dataIndex: 'finalFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.drawn), dataIndex: 'drawnFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.remaining), dataIndex: 'remainingFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.payoutFrom), dataIndex: 'payoutFrom' },
          { title: t(expenseText.status), dataIndex: 'state', render: (s: PositionStatement['state']) => <Tag color={STATE_COLORS[s]}>{t(expenseText.payoutState[s])}</Tag> },
          { title: t(expenseText.drawable), dataIndex: 'drawableFen', align: 'right', render: (f: number) => <Typography.Text strong>{yuan(f)}</Typography.Text> },
        ];
        if (canRecord) {
          statementColumns.push({
            title: '',
            key: 'draw',
            render: (_, s) => (
              <Button size="small" type="primary" disabled={s.state === 'paid' || s.state === 'not-approved' || s.state === 'nothing-payable'} onClick={() => setDrawing(s)} data-testid="payout-record">
                {t(expenseText.recordDraw)}
              </Button>
            ),
          });
        }
        const drawColumns: ColumnsType<Draw> = [
          { title: t(expenseText.drawnOn), dataIndex: 'drawnOn' },
          { title: t(expenseText.month), dataIndex: 'month' },
          { title: t(expenseText.drawAmount), dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.receipts), dataIndex: 'receiptsFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.returnedCash), dataIndex: 'returnedFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t(expenseText.outstanding), dataIndex: 'outstandingFen', align: 'right', render: (f: number) => <Typography.Text type={f > 0 ? 'warning' : undefined}>{yuan(f)}</Typography.Text> },
          { title: t(expenseText.settled), key: 'settled', render: (_, d) => (d.settledOn ? `${d.settledByName ?? ''} ${d.settledOn}` : '—') },
        ];
        if (canRecord) {
          drawColumns.push({
            title: '',
            key: 'settle',
            render: (_, d) => (
              <Button size="small" onClick={() => setSettling(d)} data-testid="payout-settle">
                {t(expenseText.settle)}
              </Button>
            ),
          });
        }
        return (
          <Card size="small" title={t(expenseText.position, { rep: p.repName })} data-testid="payout-position">
            <Flex wrap gap={24} style={{ marginBottom: 12 }}>
              <Statistic title={t(expenseText.limit)} value={yuan(p.limitFen)} />
              <Statistic title={t(expenseText.outstanding)} value={yuan(p.outstandingFen)} />
              <Statistic title={t(expenseText.headroom)} value={yuan(p.headroomFen)} />
              <Statistic title={t(expenseText.drawableNow)} value={yuan(p.drawableNowFen)} />
            </Flex>
            <Table<PositionStatement> rowKey="statementId" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={statementColumns} dataSource={statements} data-testid="payout-statements" />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t(expenseText.draws)}
            </Typography.Title>
            <Table<Draw> rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={drawColumns} dataSource={draws} locale={{ emptyText: t(expenseText.drawsNone) }} data-testid="payout-draws" />
            {drawing ? <RecordDrawModal repName={p.repName} statement={drawing} headroomFen={p.headroomFen} onClose={() => setDrawing(null)} /> : null}
            {settling ? <SettleDrawModal draw={settling} onClose={() => setSettling(null)} /> : null}
          </Card>
        );
      }}
    </QueryView>
  );
}
