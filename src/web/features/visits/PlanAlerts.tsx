import { Alert, Button, Select } from 'antd';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { PlanGradeBadge } from './PlanGradeBadge';
import type { Breach, Plan, UnplacedContact } from './api';
import { dayLabel } from './plan-dates';
import { pick } from './problems';
import { visitsText } from './text';

const listStyle = { margin: '4px 0 0', paddingInlineStart: 18 } as const;

const SHOWN = 5;

/** A list showing its first few entries, the rest on 展开全部. */
function ShortList({ children }: { children: ReactNode[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ul style={listStyle}>{open ? children : children.slice(0, SHOWN)}</ul>
      {children.length > SHOWN ? (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(!open)} data-testid="plan-list-toggle">
          {t(open ? visitsText.collapse : visitsText.expandAll, { n: children.length })}
        </Button>
      ) : null}
    </>
  );
}

/**
 * The contacts the planner could not place, each with its customer and the reason, shown before the days (the first
 * few, the rest on 展开); for the rep editing the plan, a day of the contact's window to place it on.
 */
export function UnplacedAlert({ unplaced, place }: { unplaced: UnplacedContact[]; place: ((u: UnplacedContact, date: string) => void) | null }) {
  const t = useT();
  const { lang } = useLang();
  if (unplaced.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="plan-unplaced"
      title={t(visitsText.unplacedTitle, { n: unplaced.length })}
      description={
        <>
          {t(place ? visitsText.unplacedHint : visitsText.unplacedHintReadOnly)}
          <ShortList>
            {unplaced.map((u) => (
              <li key={`${u.customerId}-${u.contactNumber}`} style={{ marginBottom: 4 }} data-testid="plan-unplaced-item" data-customer={u.customerId}>
                <Link to={`/customers/${u.customerId}`}>{u.customerName}</Link> <PlanGradeBadge grade={u.grade} />
                {pick(u, lang)}
                {place && u.window ? <PlaceSelect window={u.window} onPick={(date) => place(u, date)} /> : null}
              </li>
            ))}
          </ShortList>
        </>
      }
    />
  );
}

function PlaceSelect({ window, onPick }: { window: { from: string; to: string }; onPick: (date: string) => void }) {
  const t = useT();
  const days = useContext(WorkingDaysContext).filter((d) => d >= window.from && d <= window.to);
  return (
    <Select
      size="small"
      value={null}
      placeholder={t(visitsText.placeOn)}
      onChange={onPick}
      options={days.map((d) => ({ value: d, label: dayLabel(t, d) }))}
      style={{ width: 130, marginInlineStart: 8 }}
      popupMatchSelectWidth={false}
      data-testid="plan-unplaced-place"
    />
  );
}

/** The plan's working days, for the place selects. */
export const WorkingDaysContext = createContext<string[]>([]);

/**
 * Rule breaches from a submission, errors first: errors refuse it (red), warnings only inform (yellow). Each names
 * its customer (as the server names it, also one no longer in the plan) and its day, unless the message already says the day.
 */
export function BreachAlert({ breaches, refused, onClose }: { breaches: Breach[]; refused: boolean; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  if (breaches.length === 0) return null;
  const sorted = [...breaches].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <Alert
      type={refused ? 'error' : 'warning'}
      showIcon
      closable={{ onClose }}
      data-testid="plan-breaches"
      title={t(refused ? visitsText.breachesTitle : visitsText.warningsTitle)}
      description={
        <ShortList>
          {sorted.map((b, i) => {
            const text = pick(b, lang);
            return (
              <li key={i} data-severity={b.severity} data-testid="plan-breach">
                {b.customerId && b.customerName ? <Link to={`/customers/${b.customerId}`}>{b.customerName}</Link> : null}
                {b.customerName ? '：' : ''}
                {b.date && !text.includes(b.date) ? `${dayLabel(t, b.date)}：` : ''}
                {text}
              </li>
            );
          })}
        </ShortList>
      }
    />
  );
}

/** Notes after an accepted change (a day over capacity), or why a change was refused. */
export function NoteAlert({ kind, title, lines, onClose }: { kind: 'warning' | 'error'; title: string; lines: string[]; onClose: () => void }) {
  if (lines.length === 0) return null;
  return (
    <Alert
      type={kind}
      showIcon
      closable={{ onClose }}
      data-testid="plan-notes"
      title={title}
      description={
        <ul style={listStyle}>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      }
    />
  );
}

/** That the office manager adjusted the plan while reviewing it: who and when (every change is in the audit log). */
export function AdjustedAlert({ plan }: { plan: Pick<Plan, 'adjustedAt' | 'adjustedByName'> }) {
  const t = useT();
  if (!plan.adjustedAt) return null;
  return <Alert type="info" showIcon data-testid="plan-adjusted" title={t(visitsText.adjustedBy, { name: plan.adjustedByName ?? '—', at: formatDateTime(plan.adjustedAt) })} />;
}
