import { Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useDebouncedText } from '../customers/use-debounced-text';
import type { ContactKind } from './api';
import { useCheckInAction } from './CheckInButton';
import { useOwnCustomerSearch } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

interface Values {
  customerId: string;
  kind: ContactKind;
}

/** Any customer of the rep's, by name, pinyin initials or phone (the server lists only the rep's own). */
function OwnCustomerPicker({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const t = useT();
  const [q, setQ] = useState<string | undefined>();
  const [text, setText] = useDebouncedText(q, setQ);
  const found = useOwnCustomerSearch(q ?? '');
  return (
    <Select
      showSearch={{ filterOption: false, searchValue: text, onSearch: setText }}
      value={value}
      onChange={(id: string) => onChange?.(id)}
      options={(found.data ?? []).map((c) => ({ value: c.id, label: <span data-customer={c.id}>{c.address ? `${c.name}（${c.address}）` : c.name}</span> }))}
      loading={found.isFetching}
      placeholder={t(visitRecordText.customerSearch)}
      notFoundContent={q ? t(visitRecordText.customerNotFound) : null}
      data-testid="unplanned-customer"
    />
  );
}

/** 计划外拜访: pick a customer and visit or call; the check-in then runs as for a planned stop, marked unplanned. */
export function VisitRecordUnplannedModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const action = useCheckInAction();
  const kind = Form.useWatch('kind', form) ?? 'visit';
  const required = [{ required: true, message: t(visitRecordText.required) }];
  return (
    <FormModal<Values>
      title={t(visitRecordText.unplannedTitle)}
      form={form}
      initialValues={{ kind: 'visit' }}
      submitting={action.busy}
      okText={kind === 'visit' ? t(action.locating ? visitRecordText.locating : visitRecordText.checkIn) : t(visitRecordText.recordCall)}
      testId="unplanned-form"
      onClose={onClose}
      onFinish={(values) => void action.run(values.customerId, values.kind)}
    >
      <Form.Item label={t(visitRecordText.customer)} name="customerId" rules={required}>
        <OwnCustomerPicker />
      </Form.Item>
      <Form.Item label={t(visitRecordText.kind)} name="kind" rules={required}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'visit', label: t(visitRecordText.visit) },
            { value: 'phone', label: t(visitRecordText.phone) },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
