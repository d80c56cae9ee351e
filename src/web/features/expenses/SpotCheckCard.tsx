import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../shared/format/datetime';
import { useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import { useConfirmAction } from '../../shared/ui/use-confirm-action';
import { useConfirmSpotCheck, useDrawSpotCheck, useExpenseSettings, useSpotCheck, type SpotCheck } from './api';
import { yuan } from './format';
import { expenseText } from './text';

type Item = SpotCheck['items'][number];

function ResultCell({ statementId, item, canRun }: { statementId: string; item: Item; canRun: boolean }) {
  const t = useT();
  const confirm = useConfirmSpotCheck(statementId);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (item.result) {
    return (
      <span data-testid="spot-result">
        <Tag color={item.result === 'confirmed' ? 'success' : 'error'}>{t(item.result === 'confirmed' ? expenseText.confirmResult : expenseText.discrepancy)}</Tag>
        {item.confirmedByName ? `${item.confirmedByName} ${formatDateTime(item.confirmedAt)}` : ''}
        {item.note ? `：${item.note}` : ''}
      </span>
    );
  }
  if (!canRun) return <Typography.Text type="secondary">{t(expenseText.unconfirmed)}</Typography.Text>;
  const record = (result: 'confirmed' | 'discrepancy') => {
    setBusy(true);
    confirm.mutate({ customerId: item.customerId, version: item.version, result, note: note.trim() || undefined }, { onSettled: () => setBusy(false) });
  };
  return (
    <Flex gap={8} wrap>
      <Button size="small" type="primary" loading={busy} onClick={() => record('confirmed')} data-testid="spot-confirm">
        {t(expenseText.confirmResult)}
      </Button>
      <Input size="small" style={{ width: 180 }} placeholder={t(expenseText.discrepancyNote)} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      <Button size="small" danger disabled={!note.trim()} loading={busy} onClick={() => record('discrepancy')}>
        {t(expenseText.discrepancy)}
      </Button>
    </Flex>
  );
}

/** 抽查: the sales manager draws the sample once (the seed is shown so anyone can replay it) and records each answer. */
export function SpotCheckCard({ statementId }: { statementId: string }) {
  const t = useT();
  const sampleSize = useExpenseSettings().data?.settings.spotCheckSampleSize ?? 3;
  const { can } = useSession();
  const canRun = can('expenseSpotCheck.run');
  const query = useSpotCheck(statementId, true);
  const draw = useDrawSpotCheck();
  const confirmAction = useConfirmAction();
  return (
    <Card size="small" title={t(expenseText.spotTitle)} data-testid="spot-check">
      <QueryView query={query}>
        {({ spotCheck }) => {
          if (!spotCheck) {
            return (
              <Flex vertical gap={8} align="flex-start">
                <Typography.Text type="secondary">{t(expenseText.spotIntro, { n: sampleSize })}</Typography.Text>
                {canRun ? (
                  <Button
                    type="primary"
                    data-testid="spot-draw"
                    onClick={() =>
                      confirmAction({
                        texts: { title: expenseText.spotDraw, body: expenseText.spotIntro, ok: expenseText.spotDraw, done: expenseText.spotDrawn },
                        vars: { n: sampleSize },
                        run: () => draw.mutateAsync(statementId),
                      })
                    }
                  >
                    {t(expenseText.spotDraw)}
                  </Button>
                ) : (
                  <Typography.Text>{t(expenseText.spotNone)}</Typography.Text>
                )}
              </Flex>
            );
          }
          const columns: ColumnsType<Item> = [
            { title: '#', dataIndex: 'seq', width: 48 },
            { title: t(expenseText.customer), dataIndex: 'customerName' },
            { title: t(expenseText.final), dataIndex: 'finalFen', align: 'right', render: (fen: number) => yuan(fen) },
            { title: t(expenseText.spotResult), key: 'result', render: (_, item) => <ResultCell statementId={statementId} item={item} canRun={canRun} /> },
          ];
          return (
            <>
              <Typography.Paragraph data-testid="spot-seed">
                {t(expenseText.spotSeed, { seed: spotCheck.seed, by: spotCheck.drawnByName, at: formatDateTime(spotCheck.drawnAt) })}
              </Typography.Paragraph>
              <Table<Item> rowKey="customerId" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={columns} dataSource={spotCheck.items} />
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
