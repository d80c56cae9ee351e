import { DeleteOutlined, EditOutlined, MoreOutlined, SaveOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { useConfirmAction } from '../../../shared/ui/use-confirm-action';
import type { CustomerFilters } from '../api';
import { useSavedViews, useSaveView, type SavedView } from './api';
import { SaveViewModal } from './SaveViewModal';
import { savedViewsText } from './text';
import { filtersFromParams, paramsOfFilters, sameFilters } from './url-filters';

interface Props {
  filters: CustomerFilters;
  /** Sets the list's filters from a view (or clears them). */
  onApply: (filters: CustomerFilters) => void;
  /** Offer the 待分配 quick filter (people who hand out customers). */
  withUnassigned: boolean;
}

const UNASSIGNED: CustomerFilters = { unassigned: true };

/**
 * 我的视图: the person's saved filters as quick tabs above the customer list. Choosing one applies it (and so the URL
 * says it); 保存当前筛选 names the current filters; the chosen view can be renamed, updated or deleted.
 */
export function SavedViewsBar({ filters, onApply, withUnassigned }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const views = useSavedViews();
  const save = useSaveView();
  const confirm = useConfirmAction();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [naming, setNaming] = useState<{ view: SavedView | null } | null>(null);

  const list = views.data ?? [];
  const viewFilters = (v: SavedView) => filtersFromParams(v.query);
  const matching = list.find((v) => sameFilters(viewFilters(v), filters));
  const chosen = list.find((v) => v.id === chosenId) ?? matching ?? null;
  const modified = chosen !== null && !sameFilters(viewFilters(chosen), filters);
  const isAll = !chosen && sameFilters(filters, {});
  const isUnassigned = !chosen && sameFilters(filters, UNASSIGNED);

  const apply = (view: SavedView | null, next: CustomerFilters) => {
    setChosenId(view?.id ?? null);
    onApply(next);
  };

  const menu: MenuProps['items'] = chosen
    ? [
        ...(modified ? [{ key: 'update', icon: <SyncOutlined />, label: t(savedViewsText.update) }] : []),
        { key: 'rename', icon: <EditOutlined />, label: t(savedViewsText.rename) },
        { key: 'delete', icon: <DeleteOutlined />, danger: true, label: t(savedViewsText.delete.ok) },
      ]
    : [];

  const onMenu = (key: string) => {
    if (!chosen) return;
    if (key === 'rename') setNaming({ view: chosen });
    if (key === 'update') {
      save.mutate(
        { kind: 'update', id: chosen.id, query: paramsOfFilters(filters) },
        { onSuccess: () => void message.success(t(savedViewsText.updated, { name: chosen.name })), onError: (err) => void message.error(errorText(err, lang)) },
      );
    }
    if (key === 'delete') {
      confirm({
        texts: savedViewsText.delete,
        vars: { name: chosen.name },
        danger: true,
        run: () => save.mutateAsync({ kind: 'delete', id: chosen.id }).then(() => setChosenId(null)),
      });
    }
  };

  return (
    <Flex wrap gap={6} align="center" style={{ marginBottom: 12 }} data-testid="saved-views">
      <Typography.Text type="secondary" style={{ marginInlineEnd: 2 }}>
        {t(savedViewsText.label)}
      </Typography.Text>
      <Tag.CheckableTag checked={isAll} onChange={() => apply(null, {})} data-testid="saved-view-all">
        {t(savedViewsText.all)}
      </Tag.CheckableTag>
      {withUnassigned ? (
        <Tag.CheckableTag checked={isUnassigned} onChange={() => apply(null, UNASSIGNED)} data-testid="saved-view-unassigned">
          {t(savedViewsText.unassigned)}
        </Tag.CheckableTag>
      ) : null}
      {list.map((v) => (
        <Tag.CheckableTag key={v.id} checked={chosen?.id === v.id} onChange={() => apply(v, viewFilters(v))} data-testid="saved-view">
          {v.name}
          {chosen?.id === v.id && modified ? t(savedViewsText.modified) : ''}
        </Tag.CheckableTag>
      ))}
      {chosen ? (
        <Dropdown menu={{ items: menu, onClick: ({ key }) => onMenu(key) }} trigger={['click']}>
          <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t(savedViewsText.more)} data-testid="saved-view-actions" />
        </Dropdown>
      ) : null}
      <Button size="small" type="dashed" icon={<SaveOutlined />} onClick={() => setNaming({ view: null })} data-testid="saved-view-save">
        {t(savedViewsText.save)}
      </Button>
      {naming ? (
        <SaveViewModal view={naming.view} query={paramsOfFilters(filters)} onClose={() => setNaming(null)} onSaved={(v) => setChosenId(v.id)} />
      ) : null}
    </Flex>
  );
}
