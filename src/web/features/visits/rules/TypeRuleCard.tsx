import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Select, Table } from 'antd';
import { MAX_VISITS_PER_MONTH, RULE_GRADES, type GradeRule, type RuleGrade } from '../../../../domain/visits/rules';
import { useT } from '../../../shared/i18n/lang';
import { GRADE_LABELS } from './grade-labels';
import { visitRulesText } from './text';

/** One customer type's exceptions: per grade a count and a call choice, empty meaning "as the grade rule". */
export function TypeRuleCard({ index, title, byGrade, editable, onRemove }: { index: number; title: string; byGrade: Record<RuleGrade, GradeRule> | undefined; editable: boolean; onRemove: () => void }) {
  const t = useT();
  const yesNo = (allowed: boolean | undefined) => (allowed === undefined ? '' : t(allowed ? visitRulesText.yes : visitRulesText.no));
  return (
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 12 }}
      data-testid={`visit-rules-type-${index}`}
      extra={
        editable ? (
          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove}>
            {t(visitRulesText.remove)}
          </Button>
        ) : null
      }
    >
      <Form.Item name={[index, 'code']} hidden>
        <input />
      </Form.Item>
      <Table<{ grade: RuleGrade }>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey="grade"
        dataSource={RULE_GRADES.map((grade) => ({ grade }))}
        columns={[
          { title: t(visitRulesText.grade), dataIndex: 'grade', render: (g: RuleGrade) => t(GRADE_LABELS[g]) },
          {
            title: t(visitRulesText.visits),
            dataIndex: 'grade',
            key: 'visits',
            render: (g: RuleGrade) => (
              <Form.Item name={[index, 'grades', g, 'visitsPerMonth']} style={{ marginBottom: 0 }}>
                <InputNumber min={0} max={MAX_VISITS_PER_MONTH} precision={0} placeholder={t(visitRulesText.asGradeValue, { n: byGrade?.[g]?.visitsPerMonth ?? '' })} style={{ width: 140 }} aria-label={`${title} ${t(GRADE_LABELS[g])} ${t(visitRulesText.visits)}`} />
              </Form.Item>
            ),
          },
          {
            title: t(visitRulesText.phone),
            dataIndex: 'grade',
            key: 'phone',
            render: (g: RuleGrade) => (
              <Form.Item name={[index, 'grades', g, 'phone']} style={{ marginBottom: 0 }}>
                <Select
                  style={{ width: 170 }}
                  aria-label={`${title} ${t(GRADE_LABELS[g])} ${t(visitRulesText.phone)}`}
                  options={[
                    { value: 'grade', label: t(visitRulesText.asGradeValue, { n: yesNo(byGrade?.[g]?.phoneAllowed) }) },
                    { value: 'yes', label: t(visitRulesText.yes) },
                    { value: 'no', label: t(visitRulesText.no) },
                  ]}
                />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
