import { Alert, Button, Flex, List, Modal, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import type { CustomerBody } from './api';
import { mergeText } from './merge/text';
import { useApplyToExisting } from './merge/use-apply-to-existing';
import { useT, type Bilingual } from '../../shared/i18n/lang';
import { customersText } from './text';
import type { DuplicateMatch, DuplicateRule } from './types';

const RULE_TEXT: Record<DuplicateRule, Bilingual> = {
  credit_code: customersText.ruleCreditCode,
  name_in_county: customersText.ruleNameInCounty,
  phone: customersText.rulePhone,
};

interface Props {
  matches: DuplicateMatch[];
  creating: boolean;
  onCreateAnyway: () => void;
  /** Called before opening an existing customer, to close the form. */
  onOpen: () => void;
  onCancel: () => void;
  /** What was entered for the new customer, to merge into a visible duplicate instead of creating one. */
  input?: CustomerBody;
}

/**
 * The customers a new one may repeat: open one in scope, or merge what was entered into it (合并到该客户), or ask
 * whoever holds one out of scope; or create anyway.
 */
export function DuplicateDialog({ matches, creating, onCreateAnyway, onOpen, onCancel, input }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { can } = useSession();
  const applying = useApplyToExisting();
  const open = (id: string) => {
    onOpen();
    navigate(`/customers/${id}`);
  };
  return (
    <Modal
      open
      title={t(customersText.duplicateTitle)}
      onCancel={onCancel}
      width={520}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onCancel}>{t(customersText.backToForm)}</Button>
          <Button danger onClick={onCreateAnyway} loading={creating} data-testid="duplicate-create-anyway">
            {t(customersText.createAnyway)}
          </Button>
        </Flex>
      }
    >
      <div data-testid="duplicate-dialog">
        <Alert type="warning" showIcon title={t(customersText.duplicateBody)} style={{ marginBottom: 12 }} />
        <List
          dataSource={matches}
          renderItem={(m, i) => (
            <List.Item
              key={i}
              data-testid="duplicate-match"
              actions={
                m.visible
                  ? [
                      <Button key="open" type="link" onClick={() => open(m.id)} data-testid="duplicate-open">
                        {t(customersText.openExisting)}
                      </Button>,
                      ...(input && can('customer.update')
                        ? [
                            <Button key="apply" type="link" loading={applying.loading} onClick={() => void applying.apply(m.id, input, () => open(m.id))} data-testid="duplicate-apply">
                              {t(mergeText.applyTo)}
                            </Button>,
                          ]
                        : []),
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>{m.visible ? m.name : '—'}</span>
                    <Tag color="orange">{t(RULE_TEXT[m.rule])}</Tag>
                  </Flex>
                }
                description={
                  m.visible ? (
                    [m.ownerName, m.officeName].filter(Boolean).join(' · ') || undefined
                  ) : (
                    <Typography.Text type="secondary">
                      {m.officeName
                        ? t(customersText.hiddenMatch, { who: m.askName ?? t(customersText.ownerUnknown), office: m.officeName })
                        : t(customersText.hiddenMatchNoOffice, { who: m.askName ?? t(customersText.ownerUnknown) })}
                    </Typography.Text>
                  )
                }
              />
            </List.Item>
          )}
        />
      </div>
    </Modal>
  );
}
