import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import type { ContactKind } from './api';
import { currentPosition } from './check-in-position';
import { recordedVisitOf, useCheckIn, type PhonePosition } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

/**
 * Checks in at a customer (a visit: the phone's position first; without one the check-in is still recorded and
 * flagged) or records a call, then opens the visit record. A second check-in the same day opens the first one.
 */
export function useCheckInAction() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const checkIn = useCheckIn();
  const [locating, setLocating] = useState(false);

  const run = async (customerId: string, kind: ContactKind) => {
    let position: PhonePosition | null = null;
    if (kind === 'visit') {
      setLocating(true);
      const located = await currentPosition();
      setLocating(false);
      position = located.position;
      if (located.problem) void message.warning(t(visitRecordText.noGeolocation, { reason: t(located.problem) }));
    }
    try {
      const visit = await checkIn.mutateAsync({ customerId, kind, position });
      void navigate(`/visits/${visit.id}`);
    } catch (err) {
      const existing = recordedVisitOf(err);
      if (existing) {
        void message.info(t(visitRecordText.alreadyRecorded));
        void navigate(`/visits/${existing}`);
      } else void message.error(errorText(err, lang));
    }
  };
  return { run, locating, busy: locating || checkIn.isPending };
}

/** The big button of a stop: 签到 for a visit, 记录电话 for a call. */
export function CheckInButton({ customerId, kind, block, primary = true }: { customerId: string; kind: ContactKind; block?: boolean; primary?: boolean }) {
  const t = useT();
  const action = useCheckInAction();
  const label = kind === 'visit' ? (action.locating ? t(visitRecordText.locating) : t(visitRecordText.checkIn)) : t(visitRecordText.recordCall);
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      size="large"
      block={block}
      icon={kind === 'visit' ? <EnvironmentOutlined /> : <PhoneOutlined />}
      loading={action.busy}
      onClick={() => void action.run(customerId, kind)}
      data-testid="check-in"
      style={{ minHeight: 48 }}
    >
      {label}
    </Button>
  );
}
