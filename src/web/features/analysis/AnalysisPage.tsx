import { Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AbcScopeBar } from '../abc/AbcScopeBar';
import type { AbcScope } from '../abc/api';
import { CustomerValueTable } from './CustomerValueTable';
import { SalesAnalysisCard } from './SalesAnalysisCard';
import { analysisText } from './text';

/** 客户价值 / 销售分析 (DOMAIN.md §9): the scope pickers apply to both; the period to the sales analysis (customer value has its fixed windows). */
export function AnalysisPage() {
  const t = useT();
  const [scope, setScope] = useState<AbcScope>({});
  // The period the sales analysis used (the last 12 full months until one is picked), shown in the picker.
  const [period, setPeriod] = useState<{ from: string; to: string }>();
  return (
    <>
      <PageHeader title={t(analysisText.title)} description={t(analysisText.intro)} />
      <AbcScopeBar value={scope} period={period} onChange={setScope} />
      <Flex vertical gap={16}>
        <SalesAnalysisCard scope={scope} onPeriod={setPeriod} />
        <CustomerValueTable scope={scope} />
      </Flex>
    </>
  );
}
