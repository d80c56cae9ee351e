import { AimOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, type FormInstance } from 'antd';
import { CHINA_BOUNDS } from '../../../../domain/customers/coordinates';
import { useT } from '../../../shared/i18n/lang';
import { travelText } from './text';

/** Longitude and latitude side by side, checked against China's box; optionally filled from the phone's GPS. */
export function CoordinateInputs<V>({ prefix, form, gps }: { prefix: 'start' | 'end'; form: FormInstance<V>; gps?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const required = { required: true, message: t(travelText.coordRequired) };
  const within = (min: number, max: number) => ({
    validator: async (_: unknown, v: number | null) => {
      if (v !== null && v !== undefined && (v < min || v > max)) throw new Error(t(travelText.outOfChina, { min, max }));
    },
  });
  const locate = () =>
    navigator.geolocation.getCurrentPosition(
      (p) => {
        form.setFieldsValue({ [`${prefix}Lng`]: Number(p.coords.longitude.toFixed(6)), [`${prefix}Lat`]: Number(p.coords.latitude.toFixed(6)), [`${prefix}Datum`]: 'WGS-84' } as never);
        void message.success(t(travelText.gpsUsed));
      },
      () => void message.error(t(travelText.gpsFailed)),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  return (
    <Flex wrap gap={8} align="flex-start">
      <Form.Item name={`${prefix}Lng`} rules={[required, within(CHINA_BOUNDS.minLng, CHINA_BOUNDS.maxLng)]} style={{ marginBottom: 0 }}>
        <InputNumber addonBefore={t(travelText.lng)} step={0.001} style={{ width: 200 }} data-testid={`travel-${prefix}-lng`} />
      </Form.Item>
      <Form.Item name={`${prefix}Lat`} rules={[required, within(CHINA_BOUNDS.minLat, CHINA_BOUNDS.maxLat)]} style={{ marginBottom: 0 }}>
        <InputNumber addonBefore={t(travelText.lat)} step={0.001} style={{ width: 200 }} data-testid={`travel-${prefix}-lat`} />
      </Form.Item>
      <Form.Item name={`${prefix}Datum`} hidden>
        <input />
      </Form.Item>
      {gps && 'geolocation' in navigator ? (
        <Button icon={<AimOutlined />} onClick={locate}>
          {t(travelText.useHere)}
        </Button>
      ) : null}
    </Flex>
  );
}
