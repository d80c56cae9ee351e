import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { optionInputSchema } from '../../../../domain/customers/custom-fields';
import { zodRule } from '../../../shared/form/zod-rule';
import { useLang, useT } from '../../../shared/i18n/lang';
import { fieldsText } from './text';

/**
 * The options of a choice field, one row each: the Chinese and English names, and the stored code of an
 * existing option (kept, so that renaming it keeps the customers who chose it). New options get a code on save.
 */
export function OptionsEditor() {
  const t = useT();
  const { lang } = useLang();
  return (
    <Form.List name="options">
      {(rows, { add, remove }, { errors }) => (
        <Flex vertical gap={0} data-testid="field-options">
          {rows.map((row) => (
            <Flex key={row.key} gap={8} align="flex-start" data-testid="field-option-row">
              <Form.Item name={[row.name, 'value']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[row.name, 'zh']}
                rules={[{ required: true, whitespace: true, message: t(fieldsText.optionRequired) }, zodRule(optionInputSchema.shape.zh, lang)]}
                style={{ flex: 1, marginBottom: 8 }}
              >
                <Input placeholder={t(fieldsText.optionZh)} maxLength={40} aria-label={t(fieldsText.optionZh)} />
              </Form.Item>
              <Form.Item name={[row.name, 'en']} style={{ flex: 1, marginBottom: 8 }}>
                <Input placeholder={t(fieldsText.optionEn)} maxLength={60} aria-label={t(fieldsText.optionEn)} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {(form) => {
                  const value = form.getFieldValue(['options', row.name, 'value']) as string | undefined;
                  return value ? (
                    <Typography.Text code style={{ lineHeight: '32px', whiteSpace: 'nowrap' }}>
                      {value}
                    </Typography.Text>
                  ) : null;
                }}
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(row.name)} aria-label={t(fieldsText.removeOption)} />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ zh: '', en: '' })} data-testid="field-option-add">
            {t(fieldsText.addOption)}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
