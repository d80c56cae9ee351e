import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { STATEMENT_STATUS_LABELS, type StatementStatus } from '../../../domain/expenses/review';
import { useT } from '../../shared/i18n/lang';
import { useOfficeOptions, useRepOptions } from './api';
import { expenseText } from './text';

export interface ExpenseFilterValues {
  month?: string;
  officeId?: string;
  repId?: string;
  status?: StatementStatus;
}

const STATUSES = Object.keys(STATEMENT_STATUS_LABELS) as StatementStatus[];

/** Month (YYYY-MM), office, rep and, where it applies, status: the filters of the statement lists and the ledger. */
export function ExpenseFilters({ value, onChange, withStatus = true, withMonth = true }: { value: ExpenseFilterValues; onChange: (v: ExpenseFilterValues) => void; withStatus?: boolean; withMonth?: boolean }) {
  const t = useT();
  const offices = useOfficeOptions();
  const reps = useRepOptions(value.officeId);
  return (
    <>
      {withMonth ? (
        <DatePicker
          picker="month"
          format="YYYY-MM"
          value={value.month ? dayjs(`${value.month}-01`) : null}
          onChange={(d) => onChange({ ...value, month: d ? d.format('YYYY-MM') : undefined })}
          placeholder={t(expenseText.month)}
          data-testid="filter-month"
        />
      ) : null}
      <Select
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t(expenseText.allOffices)}
        value={value.officeId}
        onChange={(officeId?: string) => onChange({ ...value, officeId, repId: undefined })}
        options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        data-testid="filter-office"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 140 }}
        placeholder={t(expenseText.rep)}
        value={value.repId}
        onChange={(repId?: string) => onChange({ ...value, repId })}
        options={(reps.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        data-testid="filter-rep"
      />
      {withStatus ? (
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t(expenseText.allStatuses)}
          value={value.status}
          onChange={(status?: StatementStatus) => onChange({ ...value, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(STATEMENT_STATUS_LABELS[s]) }))}
          data-testid="filter-status"
        />
      ) : null}
    </>
  );
}
