import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { CustomerSource, CustomerStatus, KeyPersonRole } from '../../../domain/customers/customer-options';
import type { Lang } from '../../../domain/shared/messages';
import { formatDateTime } from '../../shared/format/datetime';
import { translate, useLang, useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import { useCustomerHistory, useCustomerTypes, useDirectoryNames } from './api';
import { customerFieldLabel, keyRoleLabel, regionText, sourceLabel, statusLabel, typeLabel } from './labels';
import { customersText } from './text';
import type { CustomerType, HistoryChange, HistoryEntry } from './types';

const ACTION_TEXT = {
  create: customersText.actionCreate,
  update: customersText.actionUpdate,
  delete: customersText.actionDelete,
  restore: customersText.actionRestore,
  release: customersText.actionRelease,
  reassign: customersText.actionReassign,
} as const;

const ACTION_COLOR = { create: 'green', update: 'blue', delete: 'red', restore: 'gray', release: 'orange', reassign: 'purple' } as const;

/** A recorded value as a person reads it: labels for codes, region names, lists joined, 是 / 否 for flags. */
interface Lookup {
  lang: Lang;
  types: CustomerType[] | undefined;
  names: Map<string, string>;
}

function readable(field: string, value: unknown, ctx: Lookup): string {
  const { lang, types } = ctx;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return '—';
  const key = field.split('.').pop() ?? field;
  if (typeof value === 'boolean') return translate(value ? customersText.yes : customersText.no, lang);
  if (typeof value === 'string') {
    if (key === 'status') return statusLabel(value as CustomerStatus, lang);
    if (key === 'source') return sourceLabel(value as CustomerSource, lang) ?? value;
    if (key === 'typeCode') return typeLabel(types, value, lang);
    if (key === 'regionCode') return regionText(value) ?? value;
    if (key === 'ownerId' || key === 'officeId') return ctx.names.get(value) ?? value.slice(0, 8);
    return value;
  }
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) => {
        if (key === 'roles' && typeof v === 'string') return keyRoleLabel(v as KeyPersonRole, lang);
        if (typeof v === 'object' && v !== null && 'label' in v && 'date' in v) return `${String(v.label)} ${String(v.date)}`;
        return typeof v === 'string' ? v : JSON.stringify(v);
      })
      .join('、');
  }
  if (typeof value === 'object' && 'lng' in value && 'lat' in value) {
    const p = value as { lng: number; lat: number; datum?: string };
    return `${p.lng}, ${p.lat}${p.datum ? ` (${p.datum})` : ''}`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => `${customerFieldLabel(k, lang)}：${readable(k, v, ctx)}`)
      .join('；');
  }
  return String(value);
}

function ChangeLine({ change, entry, ctx }: { change: HistoryChange; entry: HistoryEntry; ctx: Lookup }) {
  const before = readable(change.field, change.before, ctx);
  const after = readable(change.field, change.after, ctx);
  const { lang } = ctx;
  const onlyAfter = entry.action === 'create';
  return (
    <div data-testid="history-change" style={{ fontSize: 13, lineHeight: 1.7 }}>
      <Typography.Text type="secondary">{customerFieldLabel(change.field, lang)}：</Typography.Text>
      {onlyAfter ? null : (
        <>
          <Typography.Text delete type="secondary">
            {before}
          </Typography.Text>
          {' → '}
        </>
      )}
      <Typography.Text strong>{after}</Typography.Text>
    </div>
  );
}

/** 变更记录: who changed what and when, field by field, newest first; changes to key people are marked. */
export function HistoryTimeline({ customerId }: { customerId: string }) {
  const t = useT();
  const history = useCustomerHistory(customerId);
  const types = useCustomerTypes();
  const { lang } = useLang();
  const ctx: Lookup = { lang, types: types.data, names: useDirectoryNames() };
  return (
    <QueryView query={history}>
      {(items) =>
        items.length ? (
          <Timeline
            data-testid="customer-history"
            items={items.map((e) => ({
              key: e.id,
              color: ACTION_COLOR[e.action],
              content: (
                <div data-testid="history-item">
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{e.actorName ?? '—'}</Typography.Text>
                    <Typography.Text>{t(ACTION_TEXT[e.action])}</Typography.Text>
                    {e.entity === 'contact' ? (
                      <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                        {t(customersText.entityContact)} {e.entityName ?? ''}
                      </Tag>
                    ) : (
                      <Typography.Text>{t(customersText.entityCustomer)}</Typography.Text>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {formatDateTime(e.at)}
                    </Typography.Text>
                  </Flex>
                  {e.changes.map((c) => (
                    <ChangeLine key={c.field} change={c} entry={e} ctx={ctx} />
                  ))}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty description={t(customersText.historyEmpty)} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      }
    </QueryView>
  );
}
