import { Card, Descriptions, Tag, Typography } from 'antd';
import { appliesTo, customValueText, fieldLabelOf, fieldsForType } from '../../../domain/customers/custom-fields';
import { pick } from '../../../domain/shared/messages';
import { useLang, useT } from '../../shared/i18n/lang';
import { useCustomerFields } from '../admin/customer-fields/api';
import { customFieldText } from './custom-field-text';
import type { Customer } from './types';

/**
 * 补充信息: the values of the administrator's fields for the customer's type; a deactivated field that still holds
 * a value is shown read-only and marked 已停用. Nothing at all when the type has no fields and nothing is stored.
 */
export function CustomFieldValues({ customer }: { customer: Customer }) {
  const t = useT();
  const { lang } = useLang();
  const fields = useCustomerFields();
  const all = fields.data ?? [];
  const active = fieldsForType(all, customer.typeCode);
  const retired = all.filter((f) => !f.active && appliesTo(f, customer.typeCode) && customer.custom?.[f.key] !== undefined);
  if (!active.length && !retired.length) return null;
  const items = [...active, ...retired].map((field) => {
    const value = customer.custom?.[field.key];
    return {
      key: field.key,
      label: (
        <span>
          {pick(fieldLabelOf(field), lang)}
          {field.active ? null : (
            <Tag style={{ marginInlineStart: 6 }} data-testid="custom-inactive">
              {t(customFieldText.inactive)}
            </Tag>
          )}
        </span>
      ),
      children:
        value === undefined || value === null ? (
          <Typography.Text type="secondary">{t(customFieldText.notFilled)}</Typography.Text>
        ) : (
          <span style={{ whiteSpace: 'pre-wrap' }}>{pick(customValueText(field, value), lang)}</span>
        ),
    };
  });
  return (
    <Card size="small" title={t(customFieldText.section)} data-testid="customer-custom">
      <Descriptions size="small" column={1} styles={{ label: { width: 150 } }} items={items} />
    </Card>
  );
}
