import { LogoutOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PROFILE_ITEMS } from '../../../domain/customers/customer-options';
import { errorText, hasCode } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import { customerFieldLabel } from '../customers/labels';
import { currentPosition } from './check-in-position';
import { changesOf, initialValues, type Values } from './visit-record-changes';
import { useCheckOut, useUpdateVisit, useVisitRecord, type VisitRecord } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

/**
 * The record of a visit: the questionnaire prefilled from the customer's archive (only changed answers are sent; they
 * update the archive with history), notes and next steps, then 签退. Saving before checking out happens on its own.
 */
export function VisitRecordForm({ visit, photos }: { visit: VisitRecord; photos: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateVisit(visit.id);
  const checkOut = useCheckOut(visit.id);
  const reload = useVisitRecord(visit.id);
  const [leaving, setLeaving] = useState(false);

  const fail = (err: unknown) => {
    if (hasCode(err, 'VERSION_CONFLICT')) {
      void message.warning(t(visitRecordText.conflict));
      void reload.refetch().then((r) => r.data && form.setFieldsValue(initialValues(r.data)));
    } else void message.error(errorText(err, lang));
  };

  /** Saves what changed; answers the record as it now stands. */
  const save = async (): Promise<VisitRecord> => {
    const changes = changesOf(visit, form.getFieldsValue(true) as Values);
    if (!changes) return visit;
    const saved = await update.mutateAsync({ version: visit.version, ...changes });
    form.setFieldsValue(initialValues(saved));
    return saved;
  };

  const leave = async () => {
    setLeaving(true);
    try {
      const saved = await save();
      const located = saved.kind === 'visit' ? await currentPosition() : null;
      await checkOut.mutateAsync({ version: saved.version, position: located?.position ?? null });
      void message.success(t(visitRecordText.checkedOutDone));
    } catch (err) {
      fail(err);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues(visit)} data-testid="visit-record-form">
      <Card size="small" title={t(visitRecordText.questionnaire)} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t(visitRecordText.questionnaireHint)}
        </Typography.Paragraph>
        {PROFILE_ITEMS.map((item) => {
          const change = visit.answers[item];
          return (
            <Form.Item
              key={item}
              name={item}
              label={
                <Flex gap={6} align="center" wrap>
                  {customerFieldLabel(item, lang)}
                  {change ? <Tag color="green">{t(visitRecordText.changedHere)}</Tag> : null}
                </Flex>
              }
              extra={change ? t(visitRecordText.wasBefore, { value: change.before ?? t(visitRecordText.empty) }) : undefined}
              style={{ marginBottom: 12 }}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} data-testid={`answer-${item}`} />
            </Form.Item>
          );
        })}
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="notes" label={t(visitRecordText.notes)}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} placeholder={t(visitRecordText.notesPlaceholder)} data-testid="visit-notes" />
        </Form.Item>
        <Form.Item name="nextSteps" label={t(visitRecordText.nextSteps)} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t(visitRecordText.nextStepsPlaceholder)} data-testid="visit-next-steps" />
        </Form.Item>
      </Card>
      {photos}
      <Flex vertical gap={10}>
        <Button
          size="large"
          icon={<SaveOutlined />}
          loading={update.isPending && !leaving}
          onClick={() => void save().then(() => message.success(t(visitRecordText.saved)), fail)}
          data-testid="visit-save"
          block
        >
          {t(visitRecordText.save)}
        </Button>
        {visit.checkOut ? null : (
          <Button type="primary" size="large" danger icon={<LogoutOutlined />} loading={leaving} onClick={() => void leave()} data-testid="check-out" block style={{ minHeight: 48 }}>
            {t(visit.kind === 'visit' ? visitRecordText.checkOut : visitRecordText.checkOutCall)}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
