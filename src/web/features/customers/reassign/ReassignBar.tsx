import { UserSwitchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Select, Typography, theme } from 'antd';
import { useState } from 'react';
import { ROLE_SCOPE } from '../../../../domain/identity/roles';
import { useSession } from '../../../app/session';
import { errorText } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { useOwnerCandidates } from '../api';
import type { CustomerSummary } from '../types';
import { useReassignCustomers } from './api';
import { reassignText } from './text';
import type { RowSelection } from './use-row-selection';

interface Props {
  rows: CustomerSummary[];
  selection: RowSelection;
}

/**
 * 批量分配: above the customer list for those who hand customers out. Tick customers (or 全选本页), then 分配给 a rep
 * of their office or 放回待分配; the result says how many moved, and the list refreshes.
 */
export function ReassignBar({ rows, selection }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useSession();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const isMobile = useIsMobile();
  const reassign = useReassignCustomers();
  const [ownerId, setOwnerId] = useState<string | undefined>();

  const picked = rows.filter((r) => selection.ids.includes(r.id));
  const offices = [...new Set(picked.map((r) => r.officeId))];
  // An office manager hands out within the office; organisation-wide roles within the office of the ticked customers.
  const officeId = ROLE_SCOPE[me.user.role] === 'office' ? me.user.officeId : offices.length === 1 ? offices[0] : null;
  const mixed = offices.length > 1;
  const owners = useOwnerCandidates(!!officeId && !mixed, officeId);
  const ownerName = owners.data?.find((u) => u.id === ownerId)?.displayName ?? '';
  const all = rows.length > 0 && picked.length === rows.length;

  const run = (target: string | null) => {
    const ids = picked.map((r) => r.id);
    reassign.mutate(
      { customerIds: ids, ownerId: target },
      {
        onSuccess: ({ moved }) => {
          const done = target ? t(reassignText.assigned, { n: moved, name: ownerName }) : t(reassignText.pooled, { n: moved });
          void message.success(moved < ids.length ? done + t(reassignText.unchanged, { n: ids.length - moved }) : done);
          selection.clear();
          setOwnerId(undefined);
        },
        onError: (err) => void message.error(errorText(err, lang)),
      },
    );
  };

  return (
    <div
      data-testid="reassign-bar"
      style={{ padding: '8px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}`, background: picked.length ? token.colorPrimaryBg : undefined }}
    >
      <Flex wrap gap={8} align="center">
        <Checkbox
          checked={all}
          indeterminate={picked.length > 0 && !all}
          disabled={!rows.length}
          onChange={(e) => selection.set(e.target.checked ? rows.map((r) => r.id) : [])}
          data-testid="reassign-select-page"
        >
          {t(reassignText.selectPage)}
        </Checkbox>
        <Typography.Text type={picked.length ? undefined : 'secondary'} data-testid="reassign-count">
          {picked.length ? t(reassignText.selected, { n: picked.length }) : t(reassignText.noneSelected)}
        </Typography.Text>
        {picked.length ? (
          <>
            <Flex gap={8} style={{ flex: isMobile ? '1 1 100%' : '0 1 auto' }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t(reassignText.assignTo)}
                options={(owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
                value={ownerId}
                onChange={(v?: string) => setOwnerId(v)}
                disabled={mixed || !officeId}
                loading={owners.isFetching}
                style={isMobile ? { flex: 1, minWidth: 0 } : { width: 180 }}
                aria-label={t(reassignText.assignTo)}
                data-testid="reassign-owner"
              />
              <Button
                type="primary"
                icon={<UserSwitchOutlined />}
                disabled={!ownerId || mixed}
                loading={reassign.isPending && reassign.variables?.ownerId !== null}
                onClick={() => run(ownerId ?? null)}
                data-testid="reassign-assign"
              >
                {t(reassignText.assign)}
              </Button>
            </Flex>
            <Button loading={reassign.isPending && reassign.variables?.ownerId === null} onClick={() => run(null)} data-testid="reassign-pool">
              {t(reassignText.toPool)}
            </Button>
            <Button type="link" size="small" onClick={selection.clear}>
              {t(reassignText.clear)}
            </Button>
          </>
        ) : null}
      </Flex>
      {mixed ? <Alert type="info" showIcon title={t(reassignText.mixedOffices)} style={{ marginTop: 8 }} /> : null}
    </div>
  );
}
