import { Select } from 'antd';
import { CUSTOM_FILTER_PREFIX, fieldLabelOf, fieldsForType, isChoice } from '../../../domain/customers/custom-fields';
import { pick } from '../../../domain/shared/messages';
import { useLang } from '../../shared/i18n/lang';
import { useCustomerFields } from '../admin/customer-fields/api';
import type { CustomFilterValues } from './custom-values';

/**
 * One select per single or multiple choice field of the chosen type (without a type: the fields for all types);
 * a multiple-choice filter finds the customers who chose that option among others.
 */
export function CustomFieldFilters({ typeCode, value, onChange, width }: { typeCode?: string; value: CustomFilterValues; onChange: (patch: CustomFilterValues) => void; width: number | string }) {
  const { lang } = useLang();
  const fields = useCustomerFields();
  const all = fields.data ?? [];
  const choices = (typeCode ? fieldsForType(all, typeCode) : all.filter((f) => f.active && f.typeCode === null)).filter((f) => isChoice(f.kind));
  return (
    <>
      {choices.map((field) => {
        const name = `${CUSTOM_FILTER_PREFIX}${field.key}`;
        const label = pick(fieldLabelOf(field), lang);
        return (
          <Select
            key={field.key}
            allowClear
            placeholder={label}
            aria-label={label}
            data-testid={`custom-filter-${field.key}`}
            options={field.options.map((o) => ({ value: o.value, label: `${label}：${pick(o, lang)}` }))}
            value={value[name]}
            onChange={(v?: string) => onChange({ [name]: v })}
            style={{ width }}
          />
        );
      })}
    </>
  );
}
