import { App, Button, Card, Col, Flex, Row, Segmented, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../domain/sales/money';
import { useSession } from '../../app/session';
import { errorText } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { AbcMix } from './AbcMix';
import { AbcScopeBar } from './AbcScopeBar';
import { AbcTable } from './AbcTable';
import { useAbc, useRunMonthly, useSaveGrading, type AbcScope } from './api';
import { GradeChangesList } from './GradeChangesList';
import { ParetoChart } from './ParetoChart';
import { abcText } from './text';

/** ABC分析 (DOMAIN.md §2): period and scope, the Pareto chart, the mix against the ideal, the ranked table and the grade changes. */
export function AbcPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const { can } = useSession();
  const [scope, setScope] = useState<AbcScope>({});
  const [list, setList] = useState<'ranked' | 'none'>('ranked');
  const [page, setPage] = useState(1);
  const query = useAbc(scope, list, page);
  const save = useSaveGrading();
  const runMonthly = useRunMonthly();
  const changeScope = (next: AbcScope) => {
    setScope(next);
    setPage(1);
  };
  const settings = query.data?.settings ?? { aPercent: 55, bPercent: 85 };
  const manage = can('abc.manage');

  return (
    <>
      <PageHeader
        title={t(abcText.title)}
        description={t(abcText.intro, { a: settings.aPercent, b: settings.bPercent })}
        extra={
          manage ? (
            <>
              <Button
                loading={runMonthly.isPending}
                onClick={() =>
                  runMonthly.mutate(undefined, {
                    onSuccess: (r) => void message.success(r.created ? t(abcText.monthlyDone, { from: r.periodFrom, to: r.periodTo }) : t(abcText.monthlyExisted)),
                    onError: (err) => void message.error(errorText(err, lang)),
                  })
                }
              >
                {t(abcText.runMonthly)}
              </Button>
              <Button
                type="primary"
                loading={save.isPending}
                disabled={!query.data}
                data-testid="abc-save"
                onClick={() =>
                  save.mutate(
                    { ...scope, ...query.data?.period },
                    { onSuccess: (r) => void message.success(t(abcText.savedGrading, { n: r.graded })), onError: (err) => void message.error(errorText(err, lang)) },
                  )
                }
              >
                {t(abcText.save)}
              </Button>
            </>
          ) : null
        }
      />
      <AbcScopeBar value={scope} period={query.data?.period} onChange={changeScope} />
      <QueryView query={query}>
        {(data) => (
          <Flex vertical gap={16}>
            <Row gutter={[12, 12]}>
              {[
                [abcText.customers, data.totals.customers],
                [abcText.graded, data.totals.graded],
                [abcText.ungraded, data.totals.ungraded],
              ].map(([label, n]) => (
                <Col xs={12} md={6} key={(label as { zh: string }).zh}>
                  <Card size="small">
                    <Statistic title={t(label as { zh: string; en: string })} value={n as number} />
                  </Card>
                </Col>
              ))}
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title={t(abcText.totalSales)} value={formatYuan(data.totals.totalFen)} />
                </Card>
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card size="small" title={t(abcText.chartTitle)}>
                  {data.pareto.length === 0 ? (
                    <Typography.Text type="secondary">{t(abcText.noSales)}</Typography.Text>
                  ) : (
                    <>
                      <ParetoChart data={data} />
                      {data.pareto.length < data.totals.graded ? <Typography.Text type="secondary">{t(abcText.chartSampled, { n: data.pareto.length })}</Typography.Text> : null}
                    </>
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title={t(abcText.mixTitle)}>
                  <AbcMix mix={data.mix} />
                </Card>
              </Col>
            </Row>
            <Card
              size="small"
              title={
                <Segmented<'ranked' | 'none'>
                  value={list}
                  onChange={(v) => {
                    setList(v);
                    setPage(1);
                  }}
                  options={[
                    { value: 'ranked', label: `${t(abcText.ranked)} ${data.totals.graded}` },
                    { value: 'none', label: `${t(abcText.none)} ${data.totals.ungraded}` },
                  ]}
                />
              }
            >
              <AbcTable data={data} page={page} onPage={setPage} loading={query.isFetching} />
            </Card>
          </Flex>
        )}
      </QueryView>
      <Card size="small" title={t(abcText.changesTitle)} style={{ marginTop: 16 }}>
        <GradeChangesList />
      </Card>
    </>
  );
}
