import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';

/** Shapes of GET /api/visit-compliance (src/server/modules/visits/compliance.presenter.ts), as the SPA receives them. */
export type ComplianceGrade = 'A' | 'B' | 'C' | 'none';
export const COMPLIANCE_GRADES: ComplianceGrade[] = ['A', 'B', 'C', 'none'];

export interface GradeFigures {
  customers: number;
  required: number;
  counted: number;
  visits: number;
  phoneCalls: number;
  met: number;
}

export interface ComplianceFigures {
  planned: Record<ComplianceGrade, number>;
  /** Contacts due by the figures' day (the whole month's once it has ended). */
  dueByNow: number;
  byGrade: Record<ComplianceGrade, GradeFigures>;
  aFirstWeek: { due: number; met: number };
  plannedContacts: number;
  unplannedContacts: number;
  flaggedCheckIns: number;
  overdueCustomers: number;
  contactsBehind: number;
}

export interface RepCompliance extends ComplianceFigures {
  repId: string;
  repName: string;
  officeId: string;
  officeName: string;
  planStatus: 'draft' | 'submitted' | 'approved' | 'returned' | null;
}

export interface OfficeCompliance extends ComplianceFigures {
  officeId: string;
  officeName: string;
  reps: number;
}

export interface OverdueCustomer {
  customerId: string;
  customerName: string;
  grade: ComplianceGrade;
  repId: string;
  repName: string;
  required: number;
  counted: number;
  expectedByNow: number;
  behind: number;
  lastContact: string | null;
}

export interface FlaggedCheckIn {
  customerId: string;
  customerName: string;
  repId: string;
  repName: string;
  date: string;
  checkIn: string | null;
}

export interface Compliance {
  month: string;
  asOf: string | null;
  reps: RepCompliance[];
  offices: OfficeCompliance[];
  total: ComplianceFigures;
  overdue: OverdueCustomer[];
  flagged: FlaggedCheckIn[];
}

export function useCompliance(month: string) {
  return useQuery({ queryKey: ['visits', 'compliance', month], queryFn: () => api.get<Compliance>('/visit-compliance', { month }), placeholderData: keepPreviousData });
}

/** All grades' figures added up: required, counted and met customers. */
export function allGrades(f: ComplianceFigures): { customers: number; required: number; counted: number; met: number; planned: number } {
  return COMPLIANCE_GRADES.reduce(
    (s, g) => ({ customers: s.customers + f.byGrade[g].customers, required: s.required + f.byGrade[g].required, counted: s.counted + f.byGrade[g].counted, met: s.met + f.byGrade[g].met, planned: s.planned + f.planned[g] }),
    { customers: 0, required: 0, counted: 0, met: 0, planned: 0 },
  );
}
