import { Card, Descriptions, Timeline, Typography } from 'antd';
import { roleLabel } from '../../shared/entities/role';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import type { ReviewEvent, Signature, StatementDetail } from './api';
import { yuan } from './format';
import { expenseText } from './text';

const EVENT_COLORS: Record<ReviewEvent['action'], string> = { generate: 'gray', regenerate: 'gray', adjust: 'blue', submit: 'blue', approve: 'green', return: 'red' };

function SignatureText({ sig }: { sig: Signature | null }) {
  const t = useT();
  return sig ? <span>{`${sig.name} · ${sig.on}`}</span> : <Typography.Text type="secondary">{t(expenseText.notSigned)}</Typography.Text>;
}

/** The three names and dates at the foot of the paper form, and every step of the review with its comment. */
export function SignaturesAndTrail({ statement: s }: { statement: StatementDetail }) {
  const t = useT();
  const { lang } = useLang();
  const customers = new Map(s.rows.map((r) => [r.customerId, r.customerName]));
  const line = (e: ReviewEvent) => {
    const who = `${e.actorName || '—'}（${roleLabel(e.actorRole, lang)}）`;
    const what = t(expenseText.actions[e.action]);
    const customer = e.customerId ? ` ${customers.get(e.customerId) ?? ''}` : '';
    const amounts = e.action === 'adjust' && e.amountBeforeFen !== null && e.amountAfterFen !== null ? ` ${yuan(e.amountBeforeFen)} → ${yuan(e.amountAfterFen)}` : '';
    const late = e.late ? ` · ${t(expenseText.submittedLate)}` : '';
    return (
      <div data-testid="trail-event">
        <Typography.Text strong>{`${what}${customer}${amounts}`}</Typography.Text>
        <Typography.Text type={e.late ? 'danger' : 'secondary'}>{` ${who} ${formatDateTime(e.at)}${late}`}</Typography.Text>
        {e.comment ? <div>{e.comment}</div> : null}
      </div>
    );
  };
  return (
    <Card size="small" title={t(expenseText.signatures)} data-testid="statement-signatures">
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
        <Descriptions.Item label={t(expenseText.clerk)}>
          <SignatureText sig={s.signatures.clerk} />
        </Descriptions.Item>
        <Descriptions.Item label={t(expenseText.salesManager)}>
          <SignatureText sig={s.signatures.salesManager} />
        </Descriptions.Item>
        <Descriptions.Item label={t(expenseText.finance)}>
          <SignatureText sig={s.signatures.finance} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t(expenseText.trail)}
      </Typography.Title>
      <Timeline data-testid="statement-trail" items={[...s.events].reverse().map((e, i) => ({ key: i, color: EVENT_COLORS[e.action], content: line(e) }))} />
    </Card>
  );
}
