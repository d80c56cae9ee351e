import { App, Form, Input, Typography } from 'antd';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useT } from '../../../shared/i18n/lang';
import { FormModal } from '../../../shared/ui/FormModal';
import { useSaveView, type SavedView } from './api';
import { savedViewsText } from './text';

const MAX_NAME = 30;

interface Props {
  /** The view to rename; null saves the given query as a new view. */
  view: SavedView | null;
  query: Record<string, string>;
  onClose: () => void;
  onSaved: (view: SavedView) => void;
}

/** Names a new view of the current filters, or renames one; a name already used is shown on the field. */
export function SaveViewModal({ view, query, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const save = useSaveView();
  const errors = useFormErrors(form);

  const submit = ({ name }: { name: string }) => {
    errors.clear();
    save.mutate(view ? { kind: 'update', id: view.id, name } : { kind: 'create', name, query }, {
      onSuccess: (saved) => {
        const result = saved as SavedView;
        void message.success(t(savedViewsText.saved, { name: result.name }));
        onSaved(result);
        onClose();
      },
      onError: errors.report,
    });
  };

  return (
    <FormModal<{ name: string }>
      title={view ? t(savedViewsText.renameTitle, { name: view.name }) : t(savedViewsText.saveTitle)}
      form={form}
      initialValues={{ name: view?.name ?? '' }}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="saved-view-form"
    >
      {view ? null : <Typography.Paragraph type="secondary">{t(savedViewsText.saveHint)}</Typography.Paragraph>}
      <Form.Item
        label={t(savedViewsText.name)}
        name="name"
        rules={[
          { required: true, whitespace: true, message: t(savedViewsText.nameRequired) },
          { max: MAX_NAME, message: t(savedViewsText.nameTooLong, { n: MAX_NAME }) },
        ]}
      >
        <Input placeholder={t(savedViewsText.namePlaceholder)} maxLength={MAX_NAME} showCount autoFocus />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
