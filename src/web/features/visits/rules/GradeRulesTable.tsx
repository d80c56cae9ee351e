import { Form, InputNumber, Switch, Table } from 'antd';
import { MAX_VISITS_PER_MONTH, RULE_GRADES, type RuleGrade } from '../../../../domain/visits/rules';
import { useT } from '../../../shared/i18n/lang';
import { GRADE_LABELS } from './grade-labels';
import { visitRulesText } from './text';

/** Grades × (visits a month, call allowed), each cell a form item under byGrade.<grade>. */
export function GradeRulesTable() {
  const t = useT();
  return (
    <Table<{ grade: RuleGrade }>
      size="small"
      pagination={false}
        scroll={{ x: 'max-content' }}
      rowKey="grade"
      dataSource={RULE_GRADES.map((grade) => ({ grade }))}
      data-testid="visit-rules-grades"
      columns={[
        { title: t(visitRulesText.grade), dataIndex: 'grade', render: (g: RuleGrade) => t(GRADE_LABELS[g]) },
        {
          title: t(visitRulesText.visits),
          dataIndex: 'grade',
          key: 'visits',
          render: (g: RuleGrade) => (
            <Form.Item name={['byGrade', g, 'visitsPerMonth']} rules={[{ required: true, message: t(visitRulesText.visitsHelp) }]} style={{ marginBottom: 0 }}>
              <InputNumber min={0} max={MAX_VISITS_PER_MONTH} precision={0} suffix={t(visitRulesText.times)} style={{ width: 84 }} aria-label={`${t(GRADE_LABELS[g])} ${t(visitRulesText.visits)}`} data-testid={`visit-rules-${g}-visits`} />
            </Form.Item>
          ),
        },
        {
          title: t(visitRulesText.phone),
          dataIndex: 'grade',
          key: 'phone',
          render: (g: RuleGrade) => (
            <Form.Item name={['byGrade', g, 'phoneAllowed']} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Switch checkedChildren={t(visitRulesText.yes)} unCheckedChildren={t(visitRulesText.no)} aria-label={`${t(GRADE_LABELS[g])} ${t(visitRulesText.phone)}`} />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}
