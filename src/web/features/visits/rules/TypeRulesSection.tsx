import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../../shared/i18n/lang';
import { useCustomerTypes } from '../../customers/api';
import { emptyTypeRow, type VisitRulesValues } from './form-values';
import { TypeRuleCard } from './TypeRuleCard';
import { visitRulesText } from './text';

/** The customer types with their own rules: one card each, a picker to add a type that has none yet. */
export function TypeRulesSection({ editable }: { editable: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const form = Form.useFormInstance<VisitRulesValues>();
  const byGrade = Form.useWatch('byGrade', form);
  const rows = Form.useWatch('types', form) ?? [];
  const types = useCustomerTypes();
  const [picked, setPicked] = useState<string | undefined>();
  const nameOf = (code: string) => {
    const type = types.data?.find((x) => x.code === code);
    return type ? (lang === 'en' ? type.en : type.zh) : t(visitRulesText.unknownType, { code });
  };
  const free = (types.data ?? []).filter((x) => !rows.some((r) => r?.code === x.code));

  return (
    <Form.List name="types">
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph type="secondary">{t(visitRulesText.byTypeHelp)}</Typography.Paragraph>
          {fields.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(visitRulesText.noTypes)} /> : null}
          {fields.map((field) => (
            <TypeRuleCard key={field.key} index={field.name} title={nameOf(rows[field.name]?.code ?? '')} byGrade={byGrade} editable={editable} onRemove={() => remove(field.name)} />
          ))}
          {editable && free.length > 0 ? (
            <Flex wrap gap={8}>
              <Select
                value={picked}
                onChange={setPicked}
                placeholder={t(visitRulesText.pickType)}
                loading={types.isPending}
                style={{ minWidth: 200 }}
                aria-label={t(visitRulesText.pickType)}
                data-testid="visit-rules-pick-type"
                options={free.map((x) => ({ value: x.code, label: lang === 'en' ? x.en : x.zh }))}
              />
              <Button
                icon={<PlusOutlined />}
                disabled={!picked}
                data-testid="visit-rules-add-type"
                onClick={() => {
                  add(emptyTypeRow(picked!));
                  setPicked(undefined);
                }}
              >
                {t(visitRulesText.addType)}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
