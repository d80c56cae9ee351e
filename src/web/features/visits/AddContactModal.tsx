import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useDebouncedText } from '../customers/use-debounced-text';
import { useRepCustomerSearch, type ContactKind } from './api';
import { dayLabel } from './plan-dates';
import { visitsText } from './text';

export interface AddValues {
  customerId: string;
  date: string;
  kind: ContactKind;
  objective?: string;
}

/** Searches the rep's own customers by name, pinyin initials or phone (the plan holds only those). */
function RepCustomerPicker({ repId, value, onChange }: { repId: string; value?: string; onChange?: (id: string) => void }) {
  const t = useT();
  const [q, setQ] = useState<string | undefined>();
  const [text, setText] = useDebouncedText(q, setQ);
  const found = useRepCustomerSearch(q ?? '', repId);
  return (
    <Select
      showSearch={{ filterOption: false, searchValue: text, onSearch: setText }}
      value={value}
      onChange={(id: string) => onChange?.(id)}
      options={(found.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      loading={found.isFetching}
      placeholder={t(visitsText.customerSearch)}
      notFoundContent={q ? t(visitsText.customerNotFound) : null}
      data-testid="plan-add-customer"
    />
  );
}

/** 添加客户: a customer of the rep, the day, visit or call, and an optional objective. */
export function AddContactModal({ repId, days, submit, onClose }: { repId: string; days: string[]; submit: (v: AddValues) => Promise<unknown>; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<AddValues>();
  const errors = useFormErrors(form);
  const [saving, setSaving] = useState(false);
  const required = [{ required: true, message: t(visitsText.required) }];
  return (
    <FormModal<AddValues>
      title={t(visitsText.addTitle)}
      form={form}
      initialValues={{ kind: 'visit', date: days[0] }}
      submitting={saving}
      okText={t(visitsText.add)}
      testId="plan-add-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(values) => {
        setSaving(true);
        submit(values)
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      {errors.alert}
      <Form.Item label={t(visitsText.customer)} name="customerId" rules={required}>
        <RepCustomerPicker repId={repId} />
      </Form.Item>
      <Form.Item label={t(visitsText.day)} name="date" rules={required}>
        <Select options={days.map((d) => ({ value: d, label: dayLabel(t, d) }))} data-testid="plan-add-date" />
      </Form.Item>
      <Form.Item label={t(visitsText.kind)} name="kind" rules={required}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'visit', label: t(visitsText.visit) },
            { value: 'phone', label: t(visitsText.phone) },
          ]}
        />
      </Form.Item>
      <Form.Item label={t(visitsText.objective)} name="objective">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
