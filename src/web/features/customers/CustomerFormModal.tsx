import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Divider, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useMemo, useState } from 'react';
import { DATUMS, coordinateSchema, type Datum } from '../../../domain/customers/coordinates';
import { CUSTOMER_SOURCES, CUSTOMER_STATUSES, PROFILE_ITEMS, type CustomerSource, type CustomerStatus, type ProfileItem } from '../../../domain/customers/customer-options';
import { customerInputSchema, importantDateSchema } from '../../../domain/customers/customer-schemas';
import { DEFAULT_CUSTOMER_TYPES } from '../../../domain/customers/customer-options';
import { explainIssue } from '../../../domain/shared/bilingual-issue';
import { pick } from '../../../domain/shared/messages';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import { useSession } from '../../app/session';
import { hasCode } from '../../shared/api/client';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useVersionedRecord } from '../../shared/form/use-versioned-record';
import { zodRule } from '../../shared/form/zod-rule';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { FormModal } from '../../shared/ui/FormModal';
import { useCustomerFields } from '../admin/customer-fields/api';
import { useOffices } from '../admin/offices/api';
import { fetchCustomer, useCustomerTypes, useOwnerCandidates, useSaveCustomer, type CustomerBody } from './api';
import { CustomFieldInputs } from './CustomFieldInputs';
import { customValuesToSend } from './custom-values';
import { DuplicateDialog } from './DuplicateDialog';
import { markNestedErrors, TagsInput } from './form-parts';
import { customerFieldLabel, sourceLabel, statusLabel, typeLabel } from './labels';
import { RegionCascader } from './RegionCascader';
import { customersText } from './text';
import type { Customer, DuplicateMatch } from './types';

interface Values {
  name: string;
  typeCode?: string;
  status: CustomerStatus;
  regionCode?: string | null;
  address?: string | null;
  lng?: number | null;
  lat?: number | null;
  datum: Datum;
  officeId?: string | null;
  ownerId?: string | null;
  source?: CustomerSource | null;
  sourceNote?: string | null;
  tags: string[];
  creditCode?: string | null;
  phones: string[];
  profile: Partial<Record<ProfileItem, string | null>>;
  preferences?: string | null;
  importantDates: { label: string; date: string }[];
  custom: Record<string, unknown>;
}

const toValues = (c: Customer): Values => ({
  name: c.name,
  typeCode: c.typeCode,
  status: c.status,
  regionCode: c.regionCode,
  address: c.address ?? '',
  lng: c.location?.lng ?? null,
  lat: c.location?.lat ?? null,
  datum: c.location?.datum ?? 'GCJ-02',
  officeId: c.officeId,
  ownerId: c.ownerId,
  source: c.source,
  sourceNote: c.sourceNote ?? '',
  tags: c.tags,
  creditCode: c.creditCode ?? '',
  phones: c.phones,
  profile: c.profile ?? {},
  preferences: c.preferences ?? '',
  importantDates: c.importantDates,
  custom: c.custom ?? {},
});

const EMPTY: Partial<Values> = { status: 'prospect', datum: 'GCJ-02', tags: [], phones: [], profile: {}, importantDates: [], custom: {} };

function bodyOf(v: Values, withOwner: boolean): CustomerBody {
  const located = typeof v.lng === 'number' && typeof v.lat === 'number';
  return {
    name: v.name,
    typeCode: v.typeCode,
    status: v.status,
    regionCode: v.regionCode ?? null,
    address: v.address ?? '',
    location: located ? { lng: v.lng!, lat: v.lat!, datum: v.datum } : null,
    source: v.source ?? null,
    sourceNote: v.sourceNote ?? '',
    tags: v.tags ?? [],
    creditCode: v.creditCode ?? '',
    phones: v.phones ?? [],
    profile: v.profile ?? {},
    preferences: v.preferences ?? '',
    importantDates: v.importantDates ?? [],
    ...(withOwner ? { ownerId: v.ownerId ?? null } : {}),
  };
}

function duplicatesOf(err: unknown): DuplicateMatch[] | null {
  if (!hasCode(err, 'DUPLICATE_SUSPECTED')) return null;
  const found = (err.body as { duplicates?: DuplicateMatch[] }).duplicates;
  return found?.length ? found : null;
}

interface Props {
  customer: Customer | null;
  onClose: () => void;
  onCreated?: (customer: Customer) => void;
}

/** Creates a customer archive or edits one under its version; a suspected duplicate is shown before anything is created. */
export function CustomerFormModal({ customer, onClose, onCreated }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCustomer();
  const errors = useFormErrors(form);
  const edited = useVersionedRecord(customer, fetchCustomer, form, toValues);
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; body: CustomerBody } | null>(null);
  const scope = ROLE_SCOPE[me.user.role];
  const withOffice = scope === 'org';
  const withOwner = scope !== 'own';
  const officeId = Form.useWatch('officeId', form);
  const typeCode = Form.useWatch('typeCode', form);
  const customFields = useCustomerFields();
  const offices = useOffices(withOffice);
  const owners = useOwnerCandidates(withOwner, withOffice ? officeId : me.user.officeId);
  const types = useCustomerTypes();
  const schema = useMemo(() => customerInputSchema({ typeCodes: (types.data ?? DEFAULT_CUSTOMER_TYPES).map((ty) => ty.code) }), [types.data]);
  const shape = schema.shape;
  const label = (field: string) => customerFieldLabel(field, lang);

  const report = (err: unknown, body: CustomerBody) => {
    const matches = duplicatesOf(err);
    if (matches) return setDuplicates({ matches, body });
    errors.report(err);
    markNestedErrors(form, err, lang, { location: 'lat' });
  };

  const send = (body: CustomerBody, confirmNotDuplicate = false) => {
    errors.clear();
    const record = edited.record;
    const officeChanged = withOffice && body.officeId !== undefined && body.officeId !== record?.officeId;
    const request = record
      ? { kind: 'update' as const, id: record.id, body: { ...body, ...(officeChanged ? {} : { officeId: undefined }), version: record.version } }
      : { kind: 'create' as const, body: { ...body, ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}) } };
    save.mutate(request, {
      onSuccess: (saved) => {
        const c = saved as Customer;
        setDuplicates(null);
        void message.success(record ? t(common.saved) : t(customersText.created, { name: c.name }));
        onClose();
        if (!record) onCreated?.(c);
      },
      onError: edited.failWith((err) => report(err, body)),
    });
  };

  const submit = (values: Values) => {
    setDuplicates(null);
    const custom = customValuesToSend(customFields.data ?? [], values.typeCode, values.custom, edited.record?.custom);
    send({ ...bodyOf(values, withOwner), custom, ...(withOffice ? { officeId: values.officeId ?? null } : {}) });
  };

  const checkLocation = async () => {
    const { lng, lat, datum } = form.getFieldsValue(['lng', 'lat', 'datum']) as Values;
    const hasLng = typeof lng === 'number';
    const hasLat = typeof lat === 'number';
    if (!hasLng && !hasLat) return;
    if (hasLng !== hasLat) throw new Error(t(customersText.lngLatBoth));
    const result = coordinateSchema.safeParse({ lng, lat, datum });
    const issue = result.success ? null : result.error.issues[0];
    if (issue) throw new Error(pick(explainIssue(issue), lang));
  };

  const ownerOptions = (owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  if (customer?.ownerId && !ownerOptions.some((o) => o.value === customer.ownerId)) ownerOptions.unshift({ value: customer.ownerId, label: customer.ownerName ?? '—' });

  return (
    <FormModal<Values>
      title={customer ? t(customersText.editTitle, { name: customer.name }) : t(customersText.create)}
      form={form}
      initialValues={customer ? toValues(customer) : EMPTY}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="customer-form"
    >
      {edited.reloaded ? <Alert type="warning" showIcon title={t(common.conflictReloaded)} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={t(customersText.name)} name="name" rules={[{ required: true, whitespace: true, message: t(customersText.nameRequired) }, zodRule(shape.name, lang)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label={label('typeCode')} name="typeCode" rules={[{ required: true, message: t(customersText.typeRequired) }]} style={{ flex: '1 1 200px' }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={types.isPending}
            options={(types.data ?? []).map((ty) => ({ value: ty.code, label: typeLabel(types.data, ty.code, lang) }))}
          />
        </Form.Item>
        <Form.Item label={label('status')} name="status" style={{ flex: '1 1 140px' }}>
          <Select options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) }))} />
        </Form.Item>
      </Flex>
      {withOffice || withOwner ? (
        <Flex gap={12} wrap>
          {withOffice ? (
            <Form.Item label={t(customersText.office)} name="officeId" rules={[{ required: true, message: t(customersText.officeRequired) }]} style={{ flex: '1 1 200px' }}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(offices.data ?? []).filter((o) => o.active || o.id === customer?.officeId).map((o) => ({ value: o.id, label: o.name }))}
                onChange={() => form.setFieldValue('ownerId', null)}
              />
            </Form.Item>
          ) : null}
          <Form.Item label={label('ownerId')} name="ownerId" extra={t(customersText.ownerHelpManager)} style={{ flex: '1 1 200px' }}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ownerOptions} placeholder={t(customersText.noOwner)} />
          </Form.Item>
        </Flex>
      ) : null}
      <Form.Item label={t(customersText.region)} name="regionCode">
        <RegionCascader />
      </Form.Item>
      <Form.Item label={label('address')} name="address" rules={[zodRule(shape.address, lang)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={12} wrap align="flex-start">
        <Form.Item label={label('lng')} name="lng" style={{ flex: '1 1 120px' }}>
          <InputNumber style={{ width: '100%' }} min={-180} max={180} step={0.000001} />
        </Form.Item>
        <Form.Item label={label('lat')} name="lat" dependencies={['lng', 'datum']} rules={[{ validator: checkLocation }]} style={{ flex: '1 1 120px' }}>
          <InputNumber style={{ width: '100%' }} min={-90} max={90} step={0.000001} />
        </Form.Item>
        <Form.Item label={label('datum')} name="datum" tooltip={t(customersText.datumHelp)} style={{ flex: '1 1 120px' }}>
          <Select options={DATUMS.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      </Flex>
      <Form.Item label={label('phones')} name="phones" extra={t(customersText.phonesHelp)} rules={[zodRule(shape.phones, lang)]}>
        <TagsInput />
      </Form.Item>
      <Form.Item label={label('creditCode')} name="creditCode" rules={[zodRule(shape.creditCode, lang)]}>
        <Input maxLength={24} style={{ maxWidth: 280 }} autoComplete="off" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label={label('source')} name="source" style={{ flex: '1 1 180px' }}>
          <Select allowClear options={CUSTOMER_SOURCES.map((s) => ({ value: s, label: sourceLabel(s, lang) }))} />
        </Form.Item>
        <Form.Item label={label('sourceNote')} name="sourceNote" rules={[zodRule(shape.sourceNote, lang)]} style={{ flex: '1 1 220px' }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Form.Item label={label('tags')} name="tags" extra={t(customersText.tagsHelp)} rules={[zodRule(shape.tags, lang)]}>
        <TagsInput />
      </Form.Item>
      <CustomFieldInputs typeCode={typeCode} stored={edited.record?.custom} />

      <Divider titlePlacement="start">{t(customersText.sectionMore)}</Divider>
      <Form.Item label={label('preferences')} name="preferences" extra={t(customersText.preferencesHint)} rules={[zodRule(shape.preferences, lang)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t(customersText.preferencesPlaceholder)} />
      </Form.Item>
      <Form.Item label={label('importantDates')} required={false}>
        <Form.List name="importantDates">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid="important-date-row">
                  <Form.Item name={[field.name, 'label']} rules={[{ required: true, whitespace: true, message: t(customersText.dateRequired) }, zodRule(importantDateSchema.shape.label, lang)]} style={{ flex: 2, marginBottom: 8 }}>
                    <Input placeholder={t(customersText.dateLabel)} maxLength={40} aria-label={label('label')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, whitespace: true, message: t(customersText.dateRequired) }, zodRule(importantDateSchema.shape.date, lang)]} style={{ flex: 1.5, marginBottom: 8 }}>
                    <Input placeholder={t(customersText.datePlaceholder)} maxLength={20} aria-label={label('date')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t(customersText.remove)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', date: '' })} data-testid="important-date-add">
                {t(customersText.addDate)}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>

      <Divider titlePlacement="start">{t(customersText.sectionProfile)}</Divider>
      {PROFILE_ITEMS.map((item) => (
        <Form.Item key={item} label={label(item)} name={['profile', item]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      ))}
      {errors.alert}
      {duplicates ? (
        <DuplicateDialog
          matches={duplicates.matches}
          creating={save.isPending}
          onCreateAnyway={() => send(duplicates.body, true)}
          onOpen={onClose}
          onCancel={() => setDuplicates(null)}
          input={duplicates.body}
        />
      ) : null}
    </FormModal>
  );
}
