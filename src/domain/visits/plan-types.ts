import type { IsoDate } from '../calendar/dates';
import type { Coordinate } from '../customers/coordinates';
import type { TransportMode, TravelSettings } from '../routes/transport';
import type { Bilingual } from '../shared/messages';
import type { ContactKind } from './objectives';
import type { CustomerRuleOverride, RuleGrade, VisitRules } from './rules';
import type { WorkingCalendar } from '../calendar/calendar';

/** One of the rep's customers as the planner needs it. */
export interface PlanCustomer {
  id: string;
  grade: RuleGrade;
  typeCode: string | null;
  /** Any datum (GCJ-02 as stored); null when the customer has no coordinates yet. */
  location: Coordinate | null;
  override?: CustomerRuleOverride | null;
  /** The last visit before this month; null: never visited; left out: unknown. */
  lastVisit?: IsoDate | null;
}

export interface MonthlyPlanRequest {
  year: number;
  month: number;
  calendar: WorkingCalendar;
  customers: readonly PlanCustomer[];
  /** Where each day starts and ends (the rep's home or office). */
  start: Coordinate;
  /** Where each day ends when not back at the start (the rep's travel settings). */
  end?: Coordinate;
  mode: TransportMode;
  travel?: TravelSettings;
  /** Visits a day (phone calls do not count); 8 when left out. */
  dailyCapacity?: number;
  rules?: VisitRules;
  /** Minutes spent at a visit, per grade (defaults: A 40, B 30, C 20, ungraded 30). */
  visitMinutes?: Partial<Record<RuleGrade, number>>;
  /** Kicks of the route optimiser per day; by default routeIterationsFor(the day's located visits). */
  routeIterations?: number;
}

/**
 * no-location: the customer has no coordinates, so the visit is planned but left out of the route;
 * phone-for-capacity: the rule allows a call and the visit days were full, so the contact is a call.
 */
export type ContactFlag = 'no-location' | 'phone-for-capacity';

export interface PlannedContact {
  customerId: string;
  kind: ContactKind;
  grade: RuleGrade;
  /** Which of the customer's contacts this month it is (1-based), of `contactsRequired`. */
  contactNumber: number;
  contactsRequired: number;
  objective: Bilingual;
  flags: ContactFlag[];
}

export interface DayRoute {
  /** Straight-line metres from the start through the day's located visits and back. */
  totalMetres: number;
  totalTravelSeconds: number;
  /** Back at the start, in seconds after leaving it: travel and visits. */
  finishSecond: number;
}

export interface PlannedDay {
  date: IsoDate;
  /** Working week of the month (1 = its first five working days). */
  week: number;
  /** Visits in route order (those without coordinates after them), then phone calls. */
  contacts: PlannedContact[];
  visitCount: number;
  route: DayRoute;
}

/** not-in-plan: the generator placed it, and the rep has removed or moved it out of the plan since. */
export type UnplacedReason = 'capacity' | 'more-than-working-days' | 'not-in-plan';

export interface UnplacedContact {
  customerId: string;
  grade: RuleGrade;
  contactNumber: number;
  contactsRequired: number;
  reason: UnplacedReason;
  /** The working days the contact had to fall in; null when the month has no room for it at all. */
  window: { from: IsoDate; to: IsoDate } | null;
  message: Bilingual;
}

export interface MonthlyPlan {
  year: number;
  month: number;
  dailyCapacity: number;
  /** Every working day of the month, in order (days without contacts included). */
  days: PlannedDay[];
  unplaced: UnplacedContact[];
  totals: { required: number; visits: number; phoneCalls: number; unplaced: number; metres: number };
}
