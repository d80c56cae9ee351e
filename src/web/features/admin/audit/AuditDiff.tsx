import { Table, Typography, type TableColumnsType } from 'antd';
import type { Lang } from '../../../../domain/shared/messages';
import type { AuditEntry } from '../../../shared/api/types';
import { asSnapshot, auditFieldLabel, byFieldOrder, type Snapshot } from '../../../shared/entities/audit';
import { roleLabel } from '../../../shared/entities/role';
import { translate, useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { auditText } from './text';

interface Row {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

/** A recorded value as a person reads it: labels for roles, office names, 在用 / 已停用 for flags. */
function readable(field: string, value: unknown, ctx: { lang: Lang; officeNames: Map<string, string>; targetType: string }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'role' && typeof value === 'string') return roleLabel(value, ctx.lang);
  if (field === 'officeId' && typeof value === 'string') return ctx.officeNames.get(value) ?? value;
  if (field === 'active' && typeof value === 'boolean') {
    const office = ctx.targetType === 'office';
    const text = value ? (office ? common.officeOpen : common.active) : office ? common.officeClosed : common.inactive;
    return translate(text, ctx.lang);
  }
  if (typeof value === 'boolean') return translate(value ? auditText.yes : auditText.no, ctx.lang);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function diffRows(before: Snapshot | null, after: Snapshot | null, ctx: Parameters<typeof readable>[2]): Row[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort(byFieldOrder);
  return fields.map((field) => {
    const b = readable(field, before?.[field], ctx);
    const a = readable(field, after?.[field], ctx);
    return { field, before: b, after: a, changed: b !== a };
  });
}

/** Before and after of one entry, field by field, with the fields named as the forms name them. */
export function AuditDiff({ entry, officeNames }: { entry: AuditEntry; officeNames: Map<string, string> }) {
  const t = useT();
  const { lang } = useLang();
  const before = asSnapshot(entry.before);
  const after = asSnapshot(entry.after);
  const rows = diffRows(before, after, { lang, officeNames, targetType: entry.targetType }).filter((r) => r.changed);
  const aboutPassword = entry.action.includes('password');
  const columns: TableColumnsType<Row> = [
    { key: 'field', title: t(auditText.field), dataIndex: 'field', render: (f: string) => auditFieldLabel(f, lang) },
    ...(before ? [{ key: 'before', title: t(auditText.before), dataIndex: 'before' }] : []),
    { key: 'after', title: before ? t(auditText.after) : t(auditText.created), dataIndex: 'after', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
  ];
  return (
    <div data-testid="audit-diff" style={{ maxWidth: 720 }}>
      {rows.length ? <Table<Row> rowKey="field" size="small" columns={columns} dataSource={rows} pagination={false} /> : null}
      {rows.length || aboutPassword ? null : <Typography.Text type="secondary">{t(auditText.noChange)}</Typography.Text>}
      {aboutPassword ? <Typography.Text type="secondary">{t(auditText.passwordNote)}</Typography.Text> : null}
    </div>
  );
}
