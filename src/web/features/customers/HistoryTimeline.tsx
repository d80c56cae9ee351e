import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { CustomerSource, CustomerStatus, KeyPersonRole } from '../../../domain/customers/customer-options';
import { customFieldLabel, customValueText, type CustomFieldDefinition } from '../../../domain/customers/custom-fields';
import { pick, type Lang } from '../../../domain/shared/messages';
import { formatDateTime } from '../../shared/format/datetime';
import { translate, useLang, useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import { useCustomerFields } from '../admin/customer-fields/api';
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
  merge: customersText.actionMerge,
  merged_into: customersText.actionMerge,
} as const;

const ACTION_COLOR = { create: 'green', update: 'blue', delete: 'red', restore: 'gray', release: 'orange', reassign: 'purple', merge: 'cyan', merged_into: 'cyan' } as const;

/** Fields that only say what is there now (who was merged in, which people came over). */
const ONLY_AFTER = new Set(['mergedFrom', 'mergedInto', 'movedContacts']);

/** A recorded value as a person reads it: labels for codes, region names, lists joined, 是 / 否 for flags. */
export interface Lookup {
  lang: Lang;
  types: CustomerType[] | undefined;
  names: Map<string, string>;
  /** The administrator's fields, to read custom values (`custom.<key>`) by their labels. */
  customFields?: CustomFieldDefinition[];
}

const CUSTOM = 'custom.';

/** A history field's label: a custom field's own label (even if renamed since), else the customer pages' label. */
function changeLabel(field: string, ctx: Lookup): string {
  if (field.startsWith(CUSTOM)) return pick(customFieldLabel(ctx.customFields ?? [], field.slice(CUSTOM.length)), ctx.lang);
  return customerFieldLabel(field, ctx.lang);
}

export function readable(field: string, value: unknown, ctx: Lookup): string {
  const { lang, types } = ctx;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return '—';
  if (field.startsWith(CUSTOM)) return pick(customValueText(ctx.customFields?.find((f) => f.key === field.slice(CUSTOM.length)), value), lang);
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
  const onlyAfter = entry.action === 'create' || ONLY_AFTER.has(change.field);
  return (
    <div data-testid="history-change" style={{ fontSize: 13, lineHeight: 1.7 }}>
      <Typography.Text type="secondary">{changeLabel(change.field, ctx)}：</Typography.Text>
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

/** What reading recorded values needs: the language, the customer types and the names of people and offices. */
export function useValueLookup(): Lookup {
  const types = useCustomerTypes();
  const { lang } = useLang();
  const customFields = useCustomerFields();
  return { lang, types: types.data, names: useDirectoryNames(), customFields: customFields.data };
}

/**
 * 变更记录: who changed what and when, field by field, newest first; changes to key people are marked, and so are
 * entries that came over from a customer merged into this one.
 */
export function HistoryTimeline({ customerId }: { customerId: string }) {
  const t = useT();
  const history = useCustomerHistory(customerId);
  const ctx = useValueLookup();
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
                    {e.fromCustomerName ? (
                      <Tag color="cyan" style={{ marginInlineEnd: 0 }} data-testid="history-from">
                        {t(customersText.fromMerged, { name: e.fromCustomerName })}
                      </Tag>
                    ) : null}
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
