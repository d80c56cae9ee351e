import { Alert, App, Button, Descriptions, Divider, Flex, Modal, Radio, Skeleton, Typography, theme } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  defaultMergeChoice,
  MERGE_CHOICE_FIELDS,
  mergeableOf,
  mergeCustomers,
  mergeFieldDiffers,
  mergeFieldValue,
  type MergeChoiceField,
  type MergeKeep,
} from '../../../../domain/customers/merge';
import { ApiError, errorText, hasCode } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { readable, useValueLookup, type Lookup } from '../HistoryTimeline';
import { customerFieldLabel } from '../labels';
import { customersText } from '../text';
import type { Customer } from '../types';
import { useMergeCustomers, usePickedCustomer } from './api';
import { CustomerPicker } from './CustomerPicker';
import { mergeText } from './text';

/** Which record a value comes from: the one whose page is open, or the one picked. */
type Source = 'current' | 'other';

function ValueBox({ source, caption, text, selected }: { source: Source; caption: string; text: string; selected: boolean }) {
  const { token } = theme.useToken();
  return (
    <Radio
      value={source}
      style={{
        flex: '1 1 220px',
        minWidth: 0,
        margin: 0,
        padding: '6px 10px',
        border: `1px solid ${selected ? token.colorPrimary : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        background: selected ? token.colorPrimaryBg : undefined,
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {caption}
      </Typography.Text>
      <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</span>
    </Radio>
  );
}

interface CompareProps {
  current: Customer;
  other: Customer;
  keepCurrent: boolean;
  picks: Partial<Record<MergeChoiceField, Source>>;
  onPick: (field: MergeChoiceField, source: Source) => void;
  ctx: Lookup;
}

/** The fields the two records hold differently, each with both values side by side to choose from. */
function FieldChoices({ current, other, keepCurrent, picks, onPick, ctx }: CompareProps) {
  const t = useT();
  const a = mergeableOf(current);
  const b = mergeableOf(other);
  const differing = MERGE_CHOICE_FIELDS.filter((f) => mergeFieldDiffers(a, b, f));
  const valueText = (c: typeof a, f: MergeChoiceField) => {
    const text = readable(f, mergeFieldValue(c, f), ctx);
    return text === '—' ? t(mergeText.empty) : text;
  };
  if (!differing.length) return <Typography.Paragraph type="secondary">{t(mergeText.nothingToChoose)}</Typography.Paragraph>;
  return (
    <Flex vertical gap={12} data-testid="merge-fields">
      {differing.map((f) => {
        const source = picks[f] ?? defaultSource(a, b, keepCurrent, f);
        return (
          <div key={f} data-testid="merge-field" data-field={f}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
              {customerFieldLabel(f, ctx.lang)}
            </Typography.Text>
            <Radio.Group value={source} onChange={(e) => onPick(f, e.target.value as Source)} style={{ width: '100%' }}>
              <Flex gap={8} wrap>
                <ValueBox source="current" caption={t(mergeText.current)} text={valueText(a, f)} selected={source === 'current'} />
                <ValueBox source="other" caption={t(mergeText.other)} text={valueText(b, f)} selected={source === 'other'} />
              </Flex>
            </Radio.Group>
          </div>
        );
      })}
      <Typography.Text type="secondary">{t(mergeText.sameCount, { n: MERGE_CHOICE_FIELDS.length - differing.length })}</Typography.Text>
    </Flex>
  );
}

function defaultSource(a: ReturnType<typeof mergeableOf>, b: ReturnType<typeof mergeableOf>, keepCurrent: boolean, f: MergeChoiceField): Source {
  const [survivor, gone] = keepCurrent ? [a, b] : [b, a];
  const choice = defaultMergeChoice(survivor, gone, f);
  return (choice === 'this') === keepCurrent ? 'current' : 'other';
}

/** Per field, whose value the survivor keeps, in the API's terms (this = survivor). */
function keepOf(a: Customer, b: Customer, keepCurrent: boolean, picks: Partial<Record<MergeChoiceField, Source>>): MergeKeep {
  const x = mergeableOf(a);
  const y = mergeableOf(b);
  return Object.fromEntries(
    MERGE_CHOICE_FIELDS.filter((f) => mergeFieldDiffers(x, y, f)).map((f) => {
      const source = picks[f] ?? defaultSource(x, y, keepCurrent, f);
      return [f, (source === 'current') === keepCurrent ? 'this' : 'other'];
    }),
  );
}

/**
 * 合并重复客户: pick the other record of the same customer, choose which record to keep and, field by field, which
 * value; phones, tags and important dates of both are kept, all key people and the history move to the kept record.
 */
export function MergeDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const ctx = useValueLookup();
  const merge = useMergeCustomers();
  const [otherId, setOtherId] = useState<string | null>(null);
  const other = usePickedCustomer(otherId);
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [picks, setPicks] = useState<Partial<Record<MergeChoiceField, Source>>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const pickOther = (id: string | null) => {
    setOtherId(id);
    setPicks({});
    setFailure(null);
  };
  const b = other.data && !other.data.deletedAt ? other.data : null;
  const [survivor, gone] = b ? (keepCurrent ? [customer, b] : [b, customer]) : [customer, null];

  const submit = () => {
    if (!b || !gone) return;
    setFailure(null);
    const keep = keepOf(customer, b, keepCurrent, picks);
    merge.mutate(
      { survivorId: survivor.id, otherId: gone.id, version: survivor.version, otherVersion: gone.version, keep },
      {
        onSuccess: (saved) => {
          void message.success(t(mergeText.merged, { other: gone.name, name: saved.name }));
          onClose();
          if (saved.id !== customer.id) navigate(`/customers/${saved.id}`);
        },
        onError: (err) => {
          if (hasCode(err, 'VERSION_CONFLICT')) void other.refetch();
          setFailure(err);
        },
      },
    );
  };

  const united = b && gone ? mergeCustomers(mergeableOf(survivor), mergeableOf(gone), keepOf(customer, b, keepCurrent, picks)) : null;
  const fieldProblems = failure instanceof ApiError ? (failure.body.fields ?? []).map((f) => (lang === 'en' ? f.message_en : f.message)).join('; ') : '';

  return (
    <Modal
      open
      title={t(mergeText.title)}
      onCancel={onClose}
      width={isMobile ? 'calc(100vw - 24px)' : 760}
      style={isMobile ? { top: 12, maxWidth: 'calc(100vw - 24px)' } : undefined}
      mask={{ closable: false }}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" danger disabled={!b} loading={merge.isPending} onClick={submit} data-testid="merge-confirm">
            {t(mergeText.confirm)}
          </Button>
        </Flex>
      }
    >
      <div data-testid="merge-dialog">
        <Typography.Paragraph type="secondary">{t(mergeText.intro, { name: customer.name })}</Typography.Paragraph>
        <CustomerPicker exceptId={customer.id} value={otherId} onChange={pickOther} />
        {otherId && other.isPending ? <Skeleton active style={{ marginTop: 16 }} /> : null}
        {other.isError ? <Alert type="error" showIcon title={errorText(other.error, lang)} style={{ marginTop: 16 }} /> : null}
        {b && gone && united ? (
          <>
            <Divider titlePlacement="start">{t(mergeText.keepRecord)}</Divider>
            <Radio.Group value={keepCurrent} onChange={(e) => setKeepCurrent(e.target.value as boolean)} data-testid="merge-keep-record">
              <Flex vertical gap={4}>
                <Radio value={true}>{t(mergeText.keepCurrent, { name: customer.name })}</Radio>
                <Radio value={false}>{t(mergeText.keepOther, { name: b.name })}</Radio>
              </Flex>
            </Radio.Group>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
              {t(mergeText.keepRecordHelp)}
            </Typography.Paragraph>
            <Divider titlePlacement="start">{t(mergeText.choose)}</Divider>
            <FieldChoices current={customer} other={b} keepCurrent={keepCurrent} picks={picks} onPick={(f, s) => setPicks((p) => ({ ...p, [f]: s }))} ctx={ctx} />
            <Divider titlePlacement="start">{t(mergeText.united)}</Divider>
            <Descriptions
              size="small"
              column={1}
              data-testid="merge-summary"
              items={[
                { key: 'phones', label: customerFieldLabel('phones', lang), children: readable('phones', united.phones, ctx) },
                { key: 'tags', label: customerFieldLabel('tags', lang), children: readable('tags', united.tags, ctx) },
                { key: 'importantDates', label: customerFieldLabel('importantDates', lang), children: readable('importantDates', united.importantDates, ctx) },
                { key: 'contacts', label: t(customersText.contacts), children: t(gone.contacts.length ? mergeText.contactsMove : mergeText.contactsNone, { name: gone.name, n: gone.contacts.length }) },
                {
                  key: 'placement',
                  label: t(mergeText.placement),
                  children: [survivor.ownerName ?? t(customersText.noOwner), survivor.officeName].filter(Boolean).join(' · '),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginTop: 8 }}>
              {t(mergeText.historyMoves)}
            </Typography.Paragraph>
          </>
        ) : null}
        {failure ? <Alert type="error" showIcon role="alert" title={errorText(failure, lang)} description={fieldProblems || undefined} style={{ marginTop: 12 }} /> : null}
      </div>
    </Modal>
  );
}
