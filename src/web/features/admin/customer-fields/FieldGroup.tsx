import { Button, Card, Flex, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { CUSTOM_FIELD_KIND_LABELS } from '../../../../domain/customers/custom-fields';
import { pick } from '../../../../domain/shared/messages';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { CompactList } from '../../../shared/ui/CompactList';
import { DataTable } from '../../../shared/ui/DataTable';
import { StatusTag } from '../../../shared/ui/StatusTag';
import type { CustomField } from './api';
import { fieldsText } from './text';

const MAX_OPTION_TAGS = 6;

function OptionTags({ field }: { field: CustomField }) {
  const { lang } = useLang();
  if (!field.options.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = field.options.slice(0, MAX_OPTION_TAGS);
  return (
    <Flex wrap gap={4}>
      {shown.map((o) => (
        <Tag key={o.value} style={{ marginInlineEnd: 0 }}>
          {pick(o, lang)}
        </Tag>
      ))}
      {field.options.length > shown.length ? <Tag style={{ marginInlineEnd: 0 }}>+{field.options.length - shown.length}</Tag> : null}
    </Flex>
  );
}

/** The label in the page's language, and the other language's below it when it differs. */
function FieldName({ field }: { field: CustomField }) {
  const { lang } = useLang();
  const main = lang === 'en' ? field.labelEn : field.labelZh;
  const other = lang === 'en' ? field.labelZh : field.labelEn;
  return (
    <Flex vertical>
      <Typography.Text strong>{main}</Typography.Text>
      {other !== main ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {other}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

interface Props {
  title: string;
  fields: CustomField[];
  compact: boolean;
  actions?: (field: CustomField) => ReactNode;
}

/** The fields of one customer type (or of all types): a table on desktop, blocks at phone width. */
export function FieldGroup({ title, fields, compact, actions }: Props) {
  const t = useT();
  const { lang } = useLang();
  const kind = (f: CustomField) => pick(CUSTOM_FIELD_KIND_LABELS[f.kind], lang);
  const cardTitle = (
    <Flex gap={8} align="center">
      {title}
      <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
        {t(fieldsText.groupCount, { n: fields.length })}
      </Typography.Text>
    </Flex>
  );
  if (compact) {
    const items = fields.map((f) => ({
      key: f.id,
      title: pick({ zh: f.labelZh, en: f.labelEn }, lang),
      tags: (
        <>
          {f.required ? <Tag color="orange">{t(fieldsText.required)}</Tag> : null}
          <StatusTag active={f.active} />
        </>
      ),
      lines: [[kind(f), f.options.map((o) => pick(o, lang)).join('、')].filter(Boolean).join(' · '), `${t(fieldsText.key)}：${f.key}`],
      actions: actions?.(f),
    }));
    return (
      <Card size="small" title={cardTitle} styles={{ body: { padding: 0 } }} data-testid="field-group">
        <CompactList items={items} testId="field-list-compact" />
      </Card>
    );
  }
  const columns: TableColumnsType<CustomField> = [
    { key: 'label', title: t(fieldsText.label), width: 180, render: (_: unknown, f) => <FieldName field={f} /> },
    { key: 'kind', title: t(fieldsText.kind), width: 100, render: (_: unknown, f) => kind(f) },
    { key: 'options', title: t(fieldsText.options), render: (_: unknown, f) => <OptionTags field={f} /> },
    { key: 'required', title: t(fieldsText.required), width: 80, render: (_: unknown, f) => (f.required ? <Tag color="orange">{t(fieldsText.required)}</Tag> : '—') },
    { key: 'key', title: t(fieldsText.key), width: 170, render: (_: unknown, f) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{f.key}</Typography.Text> },
    { key: 'active', title: t(fieldsText.status), width: 90, render: (_: unknown, f) => <StatusTag active={f.active} /> },
  ];
  if (actions) columns.push({ key: 'actions', title: t(common.actions), width: 130, render: (_: unknown, f) => actions(f) });
  return (
    <Card size="small" title={cardTitle} styles={{ body: { padding: 0 } }} data-testid="field-group">
      <DataTable<CustomField> columns={columns} dataSource={fields} onRow={() => ({ 'data-testid': 'field-row' }) as React.HTMLAttributes<HTMLElement>} />
    </Card>
  );
}

/** 编辑 and 停用 / 启用 for one field. */
export function FieldActions({ field, onEdit, onToggle }: { field: CustomField; onEdit: () => void; onToggle: () => void }) {
  const t = useT();
  return (
    <Space size={4}>
      <Button type="link" size="small" onClick={onEdit} data-testid="field-edit">
        {t(common.edit)}
      </Button>
      <Button type="link" size="small" danger={field.active} onClick={onToggle} data-testid="field-toggle">
        {t(field.active ? fieldsText.deactivate : fieldsText.activate)}
      </Button>
    </Space>
  );
}
