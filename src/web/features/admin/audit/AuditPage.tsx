import { Card, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { AuditEntry } from '../../../shared/api/types';
import { AUDIT_ACTIONS } from '../../../shared/entities/audit';
import { auditColumns } from '../../../shared/entities/audit-columns';
import { businessDayStart } from '../../../shared/format/datetime';
import { useLang, useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PagedList } from '../../../shared/ui/PagedList';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { useOffices } from '../offices/api';
import { useAuditList, type AuditFilters } from './api';
import { AuditDiff } from './AuditDiff';
import { DateRangeFilter, type Range } from './DateRangeFilter';
import { auditText } from './text';
import { DataTable } from '../../../shared/ui/DataTable';


/** The picked days are Beijing calendar days: from the start of the first to the end of the last. */
function rangeFilter(range: Range): Pick<AuditFilters, 'from' | 'to'> {
  const [start, end] = range ?? [null, null];
  return {
    from: start ? businessDayStart(start.format('YYYY-MM-DD')) : undefined,
    to: end ? businessDayStart(end.format('YYYY-MM-DD'), 1) : undefined,
  };
}

/** 操作日志: administrative actions, newest first, filtered by action and dates, each row expandable to its diff. */
export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<Range>(null);
  const filters = useMemo(() => ({ action, ...rangeFilter(range) }), [action, range]);
  const list = useAuditList(filters);
  const offices = useOffices();
  const officeNames = useMemo(() => new Map((offices.data ?? []).map((o) => [o.id, o.name])), [offices.data]);

  const columns = auditColumns(t, lang, isMobile);
  const actionOptions = Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label: label[lang] }));

  return (
    <div data-testid="audit-page">
      <PageHeader title={t(auditText.title)} description={t(auditText.intro)} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t(auditText.allActions)}
          options={actionOptions}
          value={action}
          onChange={setAction}
          style={{ width: isMobile ? '100%' : 200 }}
          aria-label={t(auditText.action)}
        />
        <DateRangeFilter value={range} onChange={setRange} />
      </Flex>
      <Card styles={{ body: { padding: 0 } }}>
        <PagedList query={list}>
          {(rows, refreshing) => (
            <DataTable<AuditEntry>
              columns={columns}
              dataSource={rows}
              loading={refreshing}
              emptyText={t(auditText.empty)}
              expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} officeNames={officeNames} /> }}
            />
          )}
        </PagedList>
      </Card>
    </div>
  );
}
