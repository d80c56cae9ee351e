import { Alert, Card, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { TRANSPORT_MODE_LABELS, TRANSPORT_MODES } from '../../../../domain/routes/transport';
import { DAY_START_PATTERN, DEFAULT_DAY_START, type TravelSettingsInput } from '../../../../domain/visits/travel-schemas';
import { formatDateTime } from '../../../shared/format/datetime';
import { SettingsSaveBar } from '../../../shared/form/SettingsSaveBar';
import { useVersionedSettingsSave } from '../../../shared/form/use-versioned-settings-save';
import { useT } from '../../../shared/i18n/lang';
import { useSaveTravel, type TravelSettings } from './api';
import { CoordinateInputs } from './CoordinateInputs';
import { travelText } from './text';

type Datum = 'GCJ-02' | 'WGS-84' | 'BD-09';
interface Values {
  startKind: 'home' | 'office';
  startLng: number | null;
  startLat: number | null;
  startDatum: Datum;
  endChoice: 'start' | 'elsewhere';
  endLng: number | null;
  endLat: number | null;
  endDatum: Datum;
  dayStart: string;
  mode: TravelSettings['mode'];
  dailyCapacity: number | null;
}

const toValues = (s: TravelSettings): Values => ({
  startKind: s.startKind,
  startLng: s.start?.lng ?? null,
  startLat: s.start?.lat ?? null,
  startDatum: s.start?.datum ?? 'GCJ-02',
  endChoice: s.end ? 'elsewhere' : 'start',
  endLng: s.end?.lng ?? null,
  endLat: s.end?.lat ?? null,
  endDatum: s.end?.datum ?? 'GCJ-02',
  dayStart: s.dayStart,
  mode: s.mode,
  dailyCapacity: s.dailyCapacity,
});

const toBody = (v: Values): TravelSettingsInput => ({
  startKind: v.startKind,
  start: { lng: v.startLng!, lat: v.startLat!, datum: v.startDatum },
  end: v.endChoice === 'elsewhere' ? { lng: v.endLng!, lat: v.endLat!, datum: v.endDatum } : null,
  dayStart: v.dayStart.trim() || DEFAULT_DAY_START,
  mode: v.mode,
  dailyCapacity: v.dailyCapacity ?? null,
});

/** One rep's 出行设置: start point, end point, when the day starts, transport and visits a day, saved under the version read. */
export function TravelForm({ settings, editable, own, onReload }: { settings: TravelSettings; editable: boolean; own: boolean; onReload: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { save, errors, saving } = useVersionedSettingsSave({ form, mutation: useSaveTravel(settings.userId), toValues, savedText: travelText.saved, onReload });
  const endChoice = Form.useWatch('endChoice', form);
  const submit = (values: Values) => save({ ...toBody(values), version: settings.version }, values);

  return (
    <Card size="small" style={{ maxWidth: 640 }} data-testid="travel-form">
      {settings.version === 0 ? <Alert type="info" showIcon title={t(travelText.notSet, { name: settings.userName, n: settings.orgDailyCapacity })} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={toValues(settings)} onFinish={submit} onValuesChange={errors.clear} disabled={!editable}>
        <Form.Item label={t(travelText.startKind)} name="startKind">
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'office', label: t(travelText.office) }, { value: 'home', label: t(travelText.home) }]} />
        </Form.Item>
        <Form.Item label={t(travelText.start)} extra={t(travelText.coordHelp)} required>
          <CoordinateInputs prefix="start" form={form} gps={own} />
        </Form.Item>
        <Form.Item label={t(travelText.endChoice)} name="endChoice">
          <Radio.Group options={[{ value: 'start', label: t(travelText.backToStart) }, { value: 'elsewhere', label: t(travelText.elsewhere) }]} />
        </Form.Item>
        {endChoice === 'elsewhere' ? (
          <Form.Item label={t(travelText.end)} required>
            <CoordinateInputs prefix="end" form={form} />
          </Form.Item>
        ) : null}
        <Form.Item
          label={t(travelText.dayStart)}
          name="dayStart"
          extra={t(travelText.dayStartHelp)}
          rules={[
            {
              validator: async (_: unknown, v: string | undefined) => {
                if (v && !DAY_START_PATTERN.test(v.trim())) throw new Error(t(travelText.dayStartInvalid));
              },
            },
          ]}
        >
          <Input placeholder={DEFAULT_DAY_START} maxLength={5} inputMode="numeric" style={{ width: 120 }} data-testid="travel-day-start" />
        </Form.Item>
        <Form.Item label={t(travelText.mode)} name="mode">
          <Radio.Group optionType="button" buttonStyle="solid" options={TRANSPORT_MODES.map((m) => ({ value: m, label: t(TRANSPORT_MODE_LABELS[m]) }))} data-testid="travel-mode" />
        </Form.Item>
        <Form.Item label={t(travelText.dailyCapacity)} name="dailyCapacity" extra={t(travelText.capacityHelp, { n: settings.orgDailyCapacity })}>
          <InputNumber min={1} max={30} precision={0} placeholder={String(settings.orgDailyCapacity)} style={{ width: 120 }} data-testid="travel-capacity" />
        </Form.Item>
        <SettingsSaveBar editable={editable} saving={saving} alert={errors.alert} readOnlyText={travelText.readOnly} testId="travel-save" />
        {settings.updatedAt ? (
          <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 12 }}>
            {t(travelText.lastSaved, { at: formatDateTime(settings.updatedAt) })}
          </Typography.Text>
        ) : null}
      </Form>
    </Card>
  );
}
