import { Table, type TableProps } from 'antd';

type Props<T> = Omit<TableProps<T>, 'rowKey' | 'pagination' | 'scroll' | 'locale'> & { emptyText?: string };

/** A table of records keyed by id, unpaged (lists page with "加载更多"), scrolling sideways when wider than the screen. */
export function DataTable<T extends { id: string }>({ emptyText, ...props }: Props<T>) {
  return <Table<T> rowKey="id" pagination={false} scroll={{ x: 'max-content' }} locale={emptyText ? { emptyText } : undefined} {...props} />;
}
