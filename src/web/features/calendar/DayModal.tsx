import { Alert, App, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { calendarOverrideSchema } from '../../../domain/calendar/override-schemas';
import { errorText } from '../../shared/api/client';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { zodRule } from '../../shared/form/zod-rule';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { FormModal } from '../../shared/ui/FormModal';
import { useChangeOverride, type CalendarDay, type OverrideKind } from './api';
import { calendarText } from './text';

interface Values {
  kind: OverrideKind;
  note: string;
}

function useDayTexts(day: CalendarDay) {
  const t = useT();
  const { lang } = useLang();
  const weekday = t({ zh: '周日,周一,周二,周三,周四,周五,周六', en: 'Sun,Mon,Tue,Wed,Thu,Fri,Sat' }).split(',')[day.weekday]!;
  const official = day.officialWorking === null ? t(calendarText.officialUnknown) : t(calendarText.officialSays, { what: t(day.officialWorking ? calendarText.working : calendarText.dayOff) });
  const label = day.label && !day.override ? ` · ${lang === 'en' ? day.label.en : day.label.zh}` : '';
  return { title: t(calendarText.dayTitle, { date: day.date, weekday }), official: `${official}${label}` };
}

/** A day that has the company's change: what it is, and removing it. */
function OverrideInfo({ day, onClose }: { day: CalendarDay; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const change = useChangeOverride();
  const texts = useDayTexts(day);
  const current = day.override!;
  const remove = () =>
    modal.confirm({
      title: t(calendarText.removeConfirm, { date: day.date }),
      okText: t(calendarText.remove),
      cancelText: t(common.cancel),
      okButtonProps: { danger: true },
      onOk: () =>
        change.mutateAsync({ remove: day.date }).then(
          () => {
            void message.success(t(calendarText.removed, { date: day.date }));
            onClose();
          },
          (err: unknown) => void message.error(errorText(err, lang)),
        ),
    });
  return (
    <Modal open title={texts.title} onCancel={onClose} footer={<Button onClick={onClose}>{t(common.cancel)}</Button>} mask={{ closable: false }}>
      <div data-testid="calendar-day-info">
        <Typography.Paragraph type="secondary">{texts.official}</Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          title={t(calendarText.current, { what: t(current.kind === 'workday' ? calendarText.working : calendarText.dayOff), note: current.note ? ` · ${current.note}` : '', who: current.createdByName })}
          action={
            <Button size="small" danger onClick={remove} loading={change.isPending} data-testid="calendar-remove">
              {t(calendarText.remove)}
            </Button>
          }
        />
      </div>
    </Modal>
  );
}

/** A day without a change: make it a working day or a day off, with a note. */
function OverrideForm({ day, onClose }: { day: CalendarDay; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeOverride();
  const errors = useFormErrors(form);
  const kind = Form.useWatch('kind', form);
  const texts = useDayTexts(day);
  const sameAsOfficial = kind !== undefined && day.officialWorking !== null && (kind === 'workday') === day.officialWorking;
  const submit = (values: Values) => {
    errors.clear();
    change.mutate(
      { add: { date: day.date, kind: values.kind, note: values.note ?? '' } },
      {
        onSuccess: () => {
          void message.success(t(calendarText.added, { date: day.date }));
          onClose();
        },
        onError: errors.report,
      },
    );
  };
  return (
    <FormModal<Values>
      title={texts.title}
      form={form}
      initialValues={{ kind: day.working === false ? 'workday' : 'holiday', note: '' }}
      submitting={change.isPending}
      okText={t(calendarText.add)}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="calendar-day-form"
    >
      <Typography.Paragraph type="secondary">{texts.official}</Typography.Paragraph>
      <Form.Item label={t(calendarText.kind)} name="kind" rules={[zodRule(calendarOverrideSchema.shape.kind, lang)]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'workday', label: t(calendarText.working) },
            { value: 'holiday', label: t(calendarText.dayOff) },
          ]}
        />
      </Form.Item>
      {sameAsOfficial ? <Alert type="warning" showIcon title={t(calendarText.sameAsOfficial)} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={t(calendarText.note)} name="note" extra={t(calendarText.noteHelp)} rules={[zodRule(calendarOverrideSchema.shape.note, lang)]}>
        <Input placeholder={t(calendarText.notePlaceholder)} maxLength={50} />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}

/** The administrator's dialog for one day of the calendar. */
export function DayModal({ day, onClose }: { day: CalendarDay; onClose: () => void }) {
  return day.override ? <OverrideInfo day={day} onClose={onClose} /> : <OverrideForm day={day} onClose={onClose} />;
}
