import { App, Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';
import { errorText } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { useSaveCustomer } from './api';
import { customersText } from './text';
import type { Customer } from './types';

const UNDO_SECONDS = 10;

/**
 * Delete (soft) after a confirmation, back to the list, with 撤销 in the message for a few seconds;
 * and restore, for 撤销 and for a deleted record opened from the list.
 */
export function useCustomerDelete() {
  const { modal, message } = App.useApp();
  const { lang } = useLang();
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveCustomer();

  const restore = (customer: Pick<Customer, 'id' | 'name'>) =>
    save.mutateAsync({ kind: 'restore', id: customer.id }).then(
      () => {
        void message.success(t(customersText.restored, { name: customer.name }));
        navigate(`/customers/${customer.id}`);
      },
      (err: unknown) => void message.error(errorText(err, lang)),
    );

  const remove = (customer: Pick<Customer, 'id' | 'name'>) => {
    const vars = { name: customer.name };
    const key = `deleted-${customer.id}`;
    modal.confirm({
      title: t(customersText.deleteConfirm.title, vars),
      content: t(customersText.deleteConfirm.body, vars),
      okText: t(customersText.deleteConfirm.ok, vars),
      cancelText: t(common.cancel),
      okButtonProps: { danger: true, 'data-testid': 'customer-delete-confirm' } as ButtonProps,
      onOk: () =>
        save.mutateAsync({ kind: 'delete', id: customer.id }).then(
          () => {
            navigate('/customers');
            void message.success({
              key,
              duration: UNDO_SECONDS,
              content: (
                <span data-testid="customer-deleted-message">
                  {t(customersText.deletedDone, vars)}
                  <Button
                    type="link"
                    size="small"
                    data-testid="customer-undo-delete"
                    onClick={() => {
                      message.destroy(key);
                      void restore(customer);
                    }}
                  >
                    {t(customersText.undo)}
                  </Button>
                </span>
              ),
            });
          },
          (err: unknown) => void message.error(errorText(err, lang)),
        ),
    });
  };

  return { remove, restore, restoring: save.isPending };
}
