import { Typography, type TableColumnsType } from 'antd';
import type { Lang } from '../../../domain/shared/messages';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../format/datetime';
import type { Translate } from '../i18n/lang';
import { auditActionLabel, auditTargetName } from './audit';

const auditText = {
  at: { zh: '时间', en: 'Time' },
  actor: { zh: '操作人', en: 'By' },
  action: { zh: '操作', en: 'Action' },
  target: { zh: '对象', en: 'Subject' },
  ip: { zh: 'IP 地址', en: 'IP address' },
} as const;

const secondary = (text: string) => (
  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
    {text}
  </Typography.Text>
);

/** Time, actor, action, subject and address; at phone width two stacked columns that fit the screen. */
export function auditColumns(t: Translate, lang: Lang, compact: boolean): TableColumnsType<AuditEntry> {
  if (compact) {
    return [
      {
        key: 'when',
        title: `${t(auditText.at)} / ${t(auditText.actor)}`,
        width: 140,
        render: (_: unknown, e: AuditEntry) => (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</span>
            {secondary(e.actorName ?? '—')}
          </>
        ),
      },
      {
        key: 'what',
        title: `${t(auditText.action)} / ${t(auditText.target)}`,
        render: (_: unknown, e: AuditEntry) => (
          <>
            {auditActionLabel(e.action, lang)}
            {secondary(auditTargetName(e, lang))}
          </>
        ),
      },
    ];
  }
  return [
    { key: 'at', title: t(auditText.at), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    { key: 'actor', title: t(auditText.actor), dataIndex: 'actorName', width: 120, render: (v: string | null) => v ?? '—' },
    { key: 'action', title: t(auditText.action), dataIndex: 'action', width: 130, render: (v: string) => auditActionLabel(v, lang) },
    { key: 'target', title: t(auditText.target), render: (_: unknown, e: AuditEntry) => auditTargetName(e, lang) },
    { key: 'ip', title: t(auditText.ip), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
  ];
}
