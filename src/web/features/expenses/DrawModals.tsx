import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { parseYuan } from '../../../domain/sales/money';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useLang, useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useRecordDraw, useSettleDraw, type Draw, type PayoutPosition } from './api';
import { yuan, yuanRule, yuanText } from './format';
import { expenseText } from './text';

type PositionStatement = PayoutPosition['statements'][number];

/** Finance records cash a rep draws against one approved statement; the server refuses (in Chinese) beyond what may be drawn. */
export function RecordDrawModal({ repName, statement, headroomFen, onClose }: { repName: string; statement: PositionStatement; headroomFen: number; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<{ amountFen: string }>();
  const errors = useFormErrors(form);
  const record = useRecordDraw();
  const [saving, setSaving] = useState(false);
  return (
    <FormModal<{ amountFen: string }>
      title={t(expenseText.recordDrawTitle, { rep: repName, month: statement.month })}
      form={form}
      initialValues={{ amountFen: statement.drawableFen > 0 ? yuanText(statement.drawableFen) : '' }}
      submitting={saving}
      okText={t(expenseText.recordDraw)}
      testId="draw-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(v) => {
        setSaving(true);
        record
          .mutateAsync({ statementId: statement.statementId, amountFen: parseYuan(v.amountFen)! })
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(expenseText.recordDrawHelp, { max: yuan(statement.drawableFen), remaining: yuan(statement.remainingFen), headroom: yuan(headroomFen) })}
      />
      {errors.alert}
      <Form.Item label={t(expenseText.drawAmount)} name="amountFen" required rules={[yuanRule(lang, { required: true, positive: true })]}>
        <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="draw-amount" />
      </Form.Item>
    </FormModal>
  );
}

interface SettleValues {
  receiptsFen: string;
  returnedFen: string;
  note?: string;
}

/** Finance records what the rep accounted for: receipts for money paid to customers and cash handed back (cumulative). */
export function SettleDrawModal({ draw, onClose }: { draw: Draw; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<SettleValues>();
  const errors = useFormErrors(form);
  const settle = useSettleDraw();
  const [saving, setSaving] = useState(false);
  return (
    <FormModal<SettleValues>
      title={t(expenseText.settleTitle, { rep: draw.repName, amount: yuan(draw.amountFen) })}
      form={form}
      initialValues={{ receiptsFen: yuanText(draw.receiptsFen), returnedFen: yuanText(draw.returnedFen), note: draw.note ?? '' }}
      submitting={saving}
      okText={t(expenseText.settle)}
      testId="settle-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(v) => {
        setSaving(true);
        settle
          .mutateAsync({ id: draw.id, version: draw.version, receiptsFen: parseYuan(v.receiptsFen)!, returnedFen: parseYuan(v.returnedFen)!, note: v.note?.trim() || undefined })
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(expenseText.settleHelp)} />
      {errors.alert}
      <Form.Item label={t(expenseText.receipts)} name="receiptsFen" required rules={[yuanRule(lang, { required: true })]}>
        <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="settle-receipts" />
      </Form.Item>
      <Form.Item label={t(expenseText.returnedCash)} name="returnedFen" required rules={[yuanRule(lang, { required: true })]}>
        <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="settle-returned" />
      </Form.Item>
      <Form.Item label={t(expenseText.note)} name="note">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
