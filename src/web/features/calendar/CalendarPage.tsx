import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useCalendarMonth, type CalendarMonth } from './api';
import { DayModal } from './DayModal';
import { Legend } from './Legend';
import { MonthGrid } from './MonthGrid';
import { OverrideList } from './OverrideList';
import { calendarText } from './text';

/** This month in Asia/Shanghai, as YYYY-MM. */
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const shift = (month: string, by: number) => dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

function MonthSummary({ data }: { data: CalendarMonth }) {
  const t = useT();
  const count = data.days.filter((d) => d.working).length;
  return (
    <Typography.Text type="secondary" data-testid="calendar-count">
      {data.knownYear ? t(calendarText.workingCount, { n: count }) : t(calendarText.unknownCount)}
    </Typography.Text>
  );
}

/**
 * 工作日历: a month of the organisation's working calendar (weekends, official holidays, 调休 and the company's
 * changes), with the notice for a year the official data does not know yet. The administrator clicks a day to change it.
 */
export function CalendarPage() {
  const t = useT();
  const { lang } = useLang();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const manage = can('calendar.manage');
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? thisMonth();
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });
  const data = useCalendarMonth(month);
  const [openDate, setOpenDate] = useState<string | null>(null);
  const open = data.data?.days.find((d) => d.date === openDate) ?? null;
  const year = Number(month.slice(0, 4));

  const openFromList = (date: string) => {
    if (date.slice(0, 7) !== month) setMonth(date.slice(0, 7));
    setOpenDate(date);
  };

  const pickers = (
    <Flex gap={8} align="center" wrap>
      <Button icon={<LeftOutlined />} aria-label={t(calendarText.prev)} onClick={() => setMonth(shift(month, -1))} data-testid="calendar-prev" />
      <DatePicker
        picker="month"
        value={dayjs(`${month}-01`)}
        format={lang === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
        allowClear={false}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        data-testid="calendar-month"
        style={{ width: 130 }}
      />
      <Button icon={<RightOutlined />} aria-label={t(calendarText.next)} onClick={() => setMonth(shift(month, 1))} data-testid="calendar-next" />
      {month !== thisMonth() ? <Button onClick={() => setMonth(thisMonth())}>{t(calendarText.today)}</Button> : null}
    </Flex>
  );

  return (
    <div data-testid="calendar-page">
      <PageHeader title={t(calendarText.title)} description={isMobile ? undefined : t(manage ? calendarText.intro : calendarText.introReadOnly)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" title={pickers} extra={data.data && !isMobile ? <MonthSummary data={data.data} /> : null}>
            <QueryView query={data}>
              {(m) => (
                <>
                  {m.notice ? (
                    <Alert type={m.knownYear ? 'warning' : 'error'} showIcon title={lang === 'en' ? m.notice.en : m.notice.zh} style={{ marginBottom: 12 }} data-testid="calendar-notice" />
                  ) : null}
                  {isMobile ? (
                    <div style={{ marginBottom: 8 }}>
                      <MonthSummary data={m} />
                    </div>
                  ) : null}
                  <MonthGrid days={m.days} compact={isMobile} onPick={manage ? (d) => setOpenDate(d.date) : undefined} />
                  <Legend />
                </>
              )}
            </QueryView>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <OverrideList year={year} onOpen={openFromList} manage={manage} />
        </Col>
      </Row>
      {open && manage ? <DayModal key={open.date} day={open} onClose={() => setOpenDate(null)} /> : null}
    </div>
  );
}
