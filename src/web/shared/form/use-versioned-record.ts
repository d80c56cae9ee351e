import type { FormInstance } from 'antd';
import { useState } from 'react';
import { hasCode } from '../api/client';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The record a form edits, with the version the next save must name. After a 409 VERSION_CONFLICT,
 * it fetches the latest record, refills the form from it and sets `reloaded` so the form can say so.
 */
export function useVersionedRecord<T extends Versioned, V>(initial: T | null, load: (id: string) => Promise<T>, form: FormInstance<V>, toValues: (record: T) => Partial<V>) {
  const [record, setRecord] = useState(initial);
  const [reloaded, setReloaded] = useState(false);
  const reload = async () => {
    if (!record) return;
    const fresh = await load(record.id);
    setRecord(fresh);
    setReloaded(true);
    form.setFieldsValue(toValues(fresh) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
  };
  /** An onError handler: a version conflict reloads, anything else goes to `report`. */
  const failWith = (report: (err: unknown) => void) => (err: unknown) => (hasCode(err, 'VERSION_CONFLICT') ? void reload().catch(report) : report(err));
  return { record, reloaded, failWith };
}
