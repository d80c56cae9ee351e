import { CheckOutlined, EditOutlined, PlusOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useSession } from '../../app/session';
import { businessDate, formatDateTime } from '../../shared/format/datetime';
import { useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import type { Plan } from './api';
import { AddContactModal } from './AddContactModal';
import { DayRoutePanel } from './DayRoutePanel';
import { AdjustedAlert, BreachAlert, NoteAlert, UnplacedAlert, WorkingDaysContext } from './PlanAlerts';
import { dayLabel, kmLabel, monthLabel } from './plan-dates';
import { PlanDayCard, type DayEditing } from './PlanDayCard';
import { PlanRevisions } from './PlanRevisions';
import { PlanStatusTag } from './PlanStatusTag';
import { ReviewModal } from './ReviewModal';
import { visitsText } from './text';
import { usePlanActions } from './use-plan-actions';
import { useRouteDay } from './use-route-day';

const EDITABLE = ['draft', 'returned'];

/**
 * A stored plan: its status and review, the buttons the person's role and the status allow (提交 for its rep,
 * 批准 / 退回 for the office manager), the contacts still unplaced and rule breaches, one day's route on a map and
 * as a list, and one card per working day. Its rep changes a draft or returned plan; the office manager adjusts a
 * submitted one with the same controls before approving it, and everyone then sees who adjusted it and when.
 */
export function PlanPanel({ plan, generateButton }: { plan: Plan; generateButton: ReactNode }) {
  const t = useT();
  const { me, can } = useSession();
  const { modal } = App.useApp();
  const actions = usePlanActions(plan);
  const [adding, setAdding] = useState(false);
  const [reviewing, setReviewing] = useState<'approve' | 'return' | 'reopen' | null>(null);
  const [routeDay, setRouteDay] = useRouteDay(plan);
  const routePanel = useRef<HTMLDivElement>(null);
  const showRoute = (date: string) => {
    setRouteDay(date);
    routePanel.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const month = monthLabel(t, plan.month);
  const editable = EDITABLE.includes(plan.status) && can('visitPlan.edit') && plan.repId === me.user.id;
  const reviewable = plan.status === 'submitted' && can('visitPlan.review');
  /** Its rep may revise an approved plan until the month is over (the approved version is kept). */
  const reopenable = plan.status === 'approved' && can('visitPlan.edit') && plan.repId === me.user.id && plan.month.slice(0, 7) >= businessDate().slice(0, 7);
  /** The rep's own changes, or the office manager's adjustments before approving. */
  const changeable = editable || reviewable;
  const workingDays = plan.days.map((d) => d.date);
  const editing: DayEditing | null = changeable
    ? { days: workingDays, busy: actions.busy, onMove: (item, from, to) => actions.move(item.customerId, from, to, dayLabel(t, to)), onRemove: (item, date) => actions.remove(item.customerId, date) }
    : null;

  const buttons = (
    <Flex wrap gap={8}>
      {generateButton}
      {changeable ? (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={actions.busy} data-testid="plan-add">
          {t(visitsText.add)}
        </Button>
      ) : null}
      {editable ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={actions.busy}
          data-testid="plan-submit"
          onClick={() => modal.confirm({ title: t(visitsText.submitTitle, { month }), content: t(visitsText.submitBody), okText: t(visitsText.submit), cancelText: t(common.cancel), onOk: actions.submit })}
        >
          {t(visitsText.submit)}
        </Button>
      ) : null}
      {reopenable ? (
        <Button icon={<EditOutlined />} onClick={() => setReviewing('reopen')} disabled={actions.busy} data-testid="plan-reopen">
          {t(visitsText.reopen)}
        </Button>
      ) : null}
      {reviewable ? (
        <>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setReviewing('approve')} data-testid="plan-approve">
            {t(visitsText.approve)}
          </Button>
          <Button danger icon={<RollbackOutlined />} onClick={() => setReviewing('return')} data-testid="plan-return">
            {t(visitsText.returnPlan)}
          </Button>
        </>
      ) : null}
    </Flex>
  );

  return (
    <Flex vertical gap={12} data-testid="plan" data-status={plan.status}>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{t(visitsText.statusLine, { rep: plan.repName, month })}</Typography.Text>
            <PlanStatusTag status={plan.status} />
            {plan.adjustedAt ? (
              <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="plan-adjusted-tag">
                {t(visitsText.adjustedTag)}
              </Tag>
            ) : null}
          </Flex>
          <Typography.Text type="secondary" data-testid="plan-totals">
            {t(visitsText.totals, { visits: plan.totals.visits, calls: plan.totals.phoneCalls, km: kmLabel(plan.totals.metres) })}
            {plan.submittedAt ? ` · ${t(visitsText.submittedAt, { at: formatDateTime(plan.submittedAt) })}` : ''}
            {plan.reviewedAt ? ` · ${t(visitsText.reviewedAt, { at: formatDateTime(plan.reviewedAt) })}` : ''}
          </Typography.Text>
        </Flex>
        {buttons}
      </Flex>
      {reviewable ? <Alert type="info" showIcon title={t(visitsText.adjustHint)} data-testid="plan-adjust-hint" /> : null}
      <AdjustedAlert plan={plan} />
      {plan.comment ? <Alert type={plan.status === 'returned' ? 'warning' : 'info'} showIcon title={t(visitsText.managerComment, { comment: plan.comment })} data-testid="plan-comment" /> : null}
      {actions.breaches ? <BreachAlert breaches={actions.breaches.list} refused={actions.breaches.refused} onClose={actions.clearBreaches} /> : null}
      {actions.notes ? <NoteAlert kind={actions.notes.kind} title={actions.notes.title} lines={actions.notes.lines} onClose={actions.clearNotes} /> : null}
      <WorkingDaysContext.Provider value={workingDays}>
        <UnplacedAlert unplaced={plan.unplaced} place={changeable && !actions.busy ? (u, date) => actions.place(u.customerId, date, dayLabel(t, date)) : null} />
      </WorkingDaysContext.Provider>
      <PlanRevisions planId={plan.id} status={plan.status} />
      <DayRoutePanel ref={routePanel} plan={plan} day={routeDay} onDay={setRouteDay} />
      <Row gutter={[12, 12]}>
        {plan.days.map((day) => (
          <Col key={day.date} xs={24} lg={12} xxl={8}>
            <PlanDayCard day={day} editing={editing} onRoute={showRoute} />
          </Col>
        ))}
      </Row>
      {adding ? (
        <AddContactModal
          repId={plan.repId}
          days={workingDays}
          onClose={() => setAdding(false)}
          submit={(v) => actions.add({ action: 'add', customerId: v.customerId, date: v.date, kind: v.kind, objective: v.objective?.trim() || undefined })}
        />
      ) : null}
      {reviewing ? (
        <ReviewModal
          step={reviewing}
          note={reviewing === 'approve' && plan.adjustedAt ? t(visitsText.approveAdjusted) : reviewing === 'reopen' ? t(visitsText.reopenNote) : undefined}
          title={reviewing === 'reopen' ? t(visitsText.reopenTitle, { month }) : t(reviewing === 'approve' ? visitsText.approveTitle : visitsText.returnTitle, { rep: plan.repName, month })}
          onClose={() => setReviewing(null)}
          submit={(comment) => (reviewing === 'reopen' ? actions.reopen(comment ?? '') : actions.review(reviewing, comment))}
        />
      ) : null}
    </Flex>
  );
}
