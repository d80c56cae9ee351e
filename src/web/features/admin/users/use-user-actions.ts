import type { User } from '../../../shared/api/types';
import { useConfirmAction } from '../../../shared/ui/use-confirm-action';
import { useSaveUser } from './api';
import { usersText } from './text';

/** Disable or enable an account after a confirmation that says what happens to the person's sessions. */
export function useUserStatusAction() {
  const confirm = useConfirmAction();
  const save = useSaveUser();
  return (user: User) =>
    confirm({
      texts: user.active ? usersText.deactivateConfirm : usersText.activateConfirm,
      vars: { name: user.displayName },
      danger: user.active,
      run: () => save.mutateAsync({ kind: user.active ? 'deactivate' : 'activate', id: user.id }),
    });
}
