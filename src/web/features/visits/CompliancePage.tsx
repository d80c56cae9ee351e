import { Alert, Card, DatePicker, Flex, Select, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useT, type Translate } from '../../shared/i18n/lang';
import { CompactList } from '../../shared/ui/CompactList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { allGrades, COMPLIANCE_GRADES, useCompliance, type Compliance, type ComplianceFigures, type FlaggedCheckIn, type OverdueCustomer } from './compliance-api';
import { complianceText } from './compliance-text';
import { ComplianceChart } from './ComplianceChart';
import { PlanGradeBadge } from './PlanGradeBadge';
import { dayLabel } from './plan-dates';

const thisMonth = () => dayjs().format('YYYY-MM');
const ratio = (a: number, b: number) => `${a}/${b}`;
const gradeOf = (g: OverdueCustomer['grade']) => (g === 'none' ? null : g);

/** The figures of one row (a rep, an office, the total) as table cells. */
function figureColumns<T extends ComplianceFigures>(t: Translate): TableColumnsType<T> {
  return [
    ...COMPLIANCE_GRADES.map((g) => ({
      key: g,
      title: `${g === 'none' ? t(complianceText.ungraded) : t(complianceText.gradeLabel, { g })} ${t(complianceText.doneOfRequired)}`,
      render: (_: unknown, r: T) => (
        <span data-testid={`cell-${g}`}>
          {ratio(r.byGrade[g].counted, r.byGrade[g].required)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            ({t(complianceText.plannedCol)} {r.planned[g]})
          </Typography.Text>
        </span>
      ),
    })),
    { key: 'met', title: t(complianceText.frequency), render: (_: unknown, r: T) => ratio(allGrades(r).met, allGrades(r).customers) },
    { key: 'firstWeek', title: t(complianceText.firstWeek), render: (_: unknown, r: T) => (r.aFirstWeek.due ? ratio(r.aFirstWeek.met, r.aFirstWeek.due) : '—') },
    { key: 'flagged', title: t(complianceText.flagged), render: (_: unknown, r: T) => (r.flaggedCheckIns ? <Tag color="warning">{r.flaggedCheckIns}</Tag> : 0) },
    { key: 'unplanned', title: t(complianceText.unplanned), dataIndex: 'unplannedContacts' },
    { key: 'overdue', title: t(complianceText.overdueCount), render: (_: unknown, r: T) => (r.overdueCustomers ? <Typography.Text type="danger">{r.overdueCustomers}</Typography.Text> : 0) },
  ];
}

/** The phone-width lines for one row's figures. */
function figureLines(t: Translate, f: ComplianceFigures): string[] {
  const grades = COMPLIANCE_GRADES.filter((g) => f.byGrade[g].required > 0 || f.planned[g] > 0).map(
    (g) => `${g === 'none' ? t(complianceText.ungraded) : g} ${ratio(f.byGrade[g].counted, f.byGrade[g].required)}（${t(complianceText.plannedCol)} ${f.planned[g]}）`,
  );
  const all = allGrades(f);
  return [
    `${t(complianceText.doneOfRequired)}：${grades.join('，') || '—'}`,
    `${t(complianceText.frequency)} ${ratio(all.met, all.customers)} · ${t(complianceText.firstWeek)} ${f.aFirstWeek.due ? ratio(f.aFirstWeek.met, f.aFirstWeek.due) : '—'} · ${t(complianceText.flagged)} ${f.flaggedCheckIns} · ${t(complianceText.overdueCount)} ${f.overdueCustomers}`,
  ];
}

function Totals({ figures }: { figures: ComplianceFigures }) {
  const t = useT();
  const all = allGrades(figures);
  return (
    <Flex wrap gap={12} data-testid="compliance-totals">
      {[
        { title: t(complianceText.doneOfRequired), value: ratio(all.counted, all.required) },
        ...(figures.dueByNow < all.required ? [{ title: t(complianceText.dueByNow), value: figures.dueByNow }] : []),
        { title: t(complianceText.frequency), value: ratio(all.met, all.customers) },
        { title: t(complianceText.firstWeek), value: figures.aFirstWeek.due ? ratio(figures.aFirstWeek.met, figures.aFirstWeek.due) : '—' },
        { title: t(complianceText.flagged), value: figures.flaggedCheckIns },
        { title: t(complianceText.overdueCount), value: figures.overdueCustomers },
      ].map((s) => (
        <Card key={s.title} size="small" style={{ flex: '1 1 130px' }}>
          <Statistic title={s.title} value={s.value} />
        </Card>
      ))}
    </Flex>
  );
}

function OverdueList({ rows, showRep }: { rows: OverdueCustomer[]; showRep: boolean }) {
  const t = useT();
  const isMobile = useIsMobile();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, isMobile ? 15 : 50);
  const last = (r: OverdueCustomer) => (r.lastContact ? dayLabel(t, r.lastContact) : t(complianceText.never));
  const more =
    rows.length > shown.length ? (
      <Typography.Link onClick={() => setAll(true)} style={{ display: 'block', padding: 12 }}>
        {t(complianceText.showMore, { n: rows.length })}
      </Typography.Link>
    ) : null;
  if (isMobile) {
    return (
      <>
        <CompactList
          testId="compliance-overdue"
          emptyText={t(complianceText.overdueEmpty)}
          items={shown.map((r) => ({
            key: r.customerId,
            title: <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>,
            tags: (
              <>
                <PlanGradeBadge grade={gradeOf(r.grade)} />
                <Tag color="error">{t(complianceText.behind, { n: r.behind })}</Tag>
              </>
            ),
            lines: [t(complianceText.doneLine, { done: r.counted, required: r.required, due: r.expectedByNow }), `${t(complianceText.lastContact)}：${last(r)}${showRep ? ` · ${r.repName}` : ''}`],
          }))}
        />
        {more}
      </>
    );
  }
  const columns: TableColumnsType<OverdueCustomer> = [
    { key: 'customer', title: t(complianceText.customer), render: (_, r) => <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link> },
    { key: 'grade', title: t(complianceText.grade), render: (_, r) => <PlanGradeBadge grade={gradeOf(r.grade)} /> },
    ...(showRep ? [{ key: 'rep', title: t(complianceText.rep), dataIndex: 'repName' }] : []),
    { key: 'done', title: t(complianceText.doneOfRequired), render: (_, r) => ratio(r.counted, r.required) },
    { key: 'behind', title: t(complianceText.behindCount), render: (_, r) => <Tag color="error">{t(complianceText.behind, { n: r.behind })}</Tag> },
    { key: 'last', title: t(complianceText.lastContact), render: (_, r) => last(r) },
  ];
  return (
    <>
      <Table<OverdueCustomer> size="small" rowKey="customerId" columns={columns} dataSource={shown} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t(complianceText.overdueEmpty) }} data-testid="compliance-overdue" />
      {more}
    </>
  );
}

function FlaggedList({ rows, showRep }: { rows: FlaggedCheckIn[]; showRep: boolean }) {
  const t = useT();
  const reason = (r: FlaggedCheckIn) => t(r.checkIn === 'outside' ? complianceText.outside : complianceText.customerNoLocation);
  return (
    <CompactList
      testId="compliance-flagged"
      emptyText={t(complianceText.flaggedEmpty)}
      items={rows.map((r) => ({
        key: `${r.repId}-${r.customerId}-${r.date}`,
        title: <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>,
        tags: <Tag color="warning">{reason(r)}</Tag>,
        lines: [`${dayLabel(t, r.date)}${showRep ? ` · ${r.repName}` : ''}`],
      }))}
    />
  );
}

function Report({ data, officeId }: { data: Compliance; officeId: string | null }) {
  const t = useT();
  const isMobile = useIsMobile();
  const office = officeId ? data.offices.find((o) => o.officeId === officeId) : undefined;
  const reps = office ? data.reps.filter((r) => r.officeId === office.officeId) : data.reps;
  const repIds = new Set(reps.map((r) => r.repId));
  const figures = office ?? data.total;
  const many = data.reps.length > 1;
  const status = (s: (typeof reps)[number]['planStatus']) => (s ? t(complianceText.planStatuses[s]) : t(complianceText.noPlan));

  const repColumns: TableColumnsType<(typeof reps)[number]> = [
    {
      key: 'rep',
      title: t(complianceText.rep),
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical>
          <span>{r.repName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.officeName} · {t(complianceText.planStatus)}：{status(r.planStatus)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...figureColumns<(typeof reps)[number]>(t),
  ];
  const officeColumns: TableColumnsType<(typeof data.offices)[number]> = [
    { key: 'office', title: t(complianceText.office), fixed: 'left', render: (_, o) => `${o.officeName} · ${t(complianceText.repsCount, { n: o.reps })}` },
    ...figureColumns<(typeof data.offices)[number]>(t),
  ];

  return (
    <Flex vertical gap={16}>
      <Totals figures={figures} />
      <Card size="small" title={t(complianceText.chartTitle)}>
        <ComplianceChart figures={figures} height={isMobile ? 220 : 260} />
      </Card>
      {data.offices.length > 0 && !office ? (
        <Card size="small" title={t(complianceText.byOffice)} styles={{ body: { padding: 0 } }}>
          {isMobile ? (
            <CompactList testId="compliance-offices" items={data.offices.map((o) => ({ key: o.officeId, title: o.officeName, tags: <Tag>{t(complianceText.repsCount, { n: o.reps })}</Tag>, lines: figureLines(t, o) }))} />
          ) : (
            <Table size="small" rowKey="officeId" columns={officeColumns} dataSource={data.offices} pagination={false} scroll={{ x: 'max-content' }} data-testid="compliance-offices" />
          )}
        </Card>
      ) : null}
      {many || reps.length === 0 ? (
        <Card size="small" title={t(complianceText.byRep)} styles={{ body: { padding: 0 } }}>
          {isMobile ? (
            <CompactList
              testId="compliance-reps"
              emptyText={t(complianceText.noReps)}
              items={reps.map((r) => ({ key: r.repId, title: r.repName, tags: <Tag>{status(r.planStatus)}</Tag>, lines: figureLines(t, r) }))}
            />
          ) : (
            <Table size="small" rowKey="repId" columns={repColumns} dataSource={reps} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t(complianceText.noReps) }} data-testid="compliance-reps" />
          )}
        </Card>
      ) : null}
      <Card size="small" title={`${t(complianceText.overdueTitle)}（${data.overdue.filter((o) => repIds.has(o.repId)).length}）`} styles={{ body: { padding: 0 } }}>
        <OverdueList rows={data.overdue.filter((o) => repIds.has(o.repId))} showRep={many} />
      </Card>
      <Card size="small" title={`${t(complianceText.flaggedTitle)}（${data.flagged.filter((f) => repIds.has(f.repId)).length}）`} styles={{ body: { padding: 0 } }}>
        <FlaggedList rows={data.flagged.filter((f) => repIds.has(f.repId))} showRep={many} />
      </Card>
    </Flex>
  );
}

/**
 * 拜访达成: plan against actual for a month. A rep sees their own figures; an office manager each rep of the office;
 * the head of sales and the administrator every office (with office totals, and an office picker). Month and office
 * are kept in the address.
 */
export function CompliancePage() {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? thisMonth();
  const officeId = params.get('office');
  const query = useCompliance(month);
  const set = useCallback((key: string, value: string | null) => setParams((p) => { const next = Object.fromEntries(p); if (value === null) delete next[key]; else next[key] = value; return next; }, { replace: true }), [setParams]);
  const offices = query.data?.offices ?? [];
  const officeOptions = useMemo(() => [{ value: '', label: t(complianceText.allOffices) }, ...offices.map((o) => ({ value: o.officeId, label: o.officeName }))], [offices, t]);
  const asOf = query.data?.asOf;
  const period = asOf === undefined ? null : asOf === null ? t(complianceText.wholeMonth) : asOf < `${month}-01` ? t(complianceText.notStarted) : t(complianceText.asOf, { date: dayLabel(t, asOf) });

  return (
    <div data-testid="compliance-page">
      <PageHeader title={t(complianceText.title)} description={t(complianceText.intro)} />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          format="YYYY-MM"
          allowClear={false}
          onChange={(d) => d && set('month', d.format('YYYY-MM'))}
          aria-label={t(complianceText.month)}
          data-testid="compliance-month"
          style={{ width: isMobile ? 130 : 150 }}
        />
        {offices.length > 1 ? (
          <Select value={officeId ?? ''} onChange={(v: string) => set('office', v || null)} options={officeOptions} aria-label={t(complianceText.office)} style={{ minWidth: 150 }} data-testid="compliance-office" />
        ) : null}
        {period ? <Typography.Text type="secondary">{period}</Typography.Text> : null}
      </Flex>
      {me.user.role === 'rep' && query.data && query.data.reps.length === 0 ? <Alert type="info" showIcon title={t(complianceText.noReps)} /> : null}
      <QueryView query={query}>{(data) => <Report data={data} officeId={officeId} />}</QueryView>
    </div>
  );
}
