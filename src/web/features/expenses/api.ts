import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api/client';
import type { StatementStatus } from '../../../domain/expenses/review';
import type { ExpenseUsage } from '../../../domain/expenses/settings';

/** 客情费 as the API sends it; money in integer fen, dates YYYY-MM-DD (Beijing), months YYYY-MM. */
export interface Signature {
  userId: string;
  name: string;
  on: string;
}

export interface StatementTotals {
  customers: number;
  purchasesFen: number;
  collectedFen: number;
  collectionRateBp: number | null;
  standardFen: number;
  payableFen: number;
  finalFen: number;
  adjustedRows: number;
}

export interface StatementSummary {
  id: string;
  repId: string;
  repName: string;
  officeId: string;
  officeName: string;
  month: string;
  status: StatementStatus;
  statusLabel: string;
  statusLabel_en: string;
  submitBy: string;
  reviewBy: string;
  payoutFrom: string;
  submittedOn: string | null;
  submittedLate: boolean;
  overdue: boolean;
  totals: StatementTotals;
  drawnFen: number;
  signatures: { clerk: Signature | null; salesManager: Signature | null; finance: Signature | null };
  lastReturn: { role: 'clerk' | 'sales_manager' | 'finance'; userId: string; name: string; on: string; comment: string } | null;
  version: number;
}

export interface StatementRow {
  customerId: string;
  customerName: string;
  purchasesFen: number;
  collectedFen: number;
  collectionRateBp: number | null;
  standardFen: number;
  payableFen: number;
  basis: string;
  adjustedFen: number | null;
  adjustmentReason: string | null;
  finalFen: number;
  products: { productId: string; productName: string; quantity: number; standardFen: number }[];
  version: number;
}

export type ReviewEventAction = 'generate' | 'regenerate' | 'adjust' | 'submit' | 'approve' | 'return';

export interface ReviewEvent {
  at: string;
  on: string;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  action: ReviewEventAction;
  statusBefore: string | null;
  statusAfter: string;
  customerId: string | null;
  amountBeforeFen: number | null;
  amountAfterFen: number | null;
  comment: string | null;
  late: boolean;
}

export interface Application {
  id: string;
  customerId: string;
  customerName: string;
  repId: string;
  repName: string;
  officeName: string;
  usage: ExpenseUsage;
  usageLabel: string;
  usageLabel_en: string;
  amountFen: number;
  reason: string;
  filedOn: string;
  status: 'pending' | 'approved' | 'refused';
  decidedByName: string | null;
  decidedOn: string | null;
  decisionComment: string | null;
  version: number;
}

export interface ApplicationSummary {
  month: string;
  items: Application[];
  count: number;
  totalFen: number;
  approvedFen: number;
  pendingFen: number;
}

export interface StatementDetail extends StatementSummary {
  rules: { payOnlyAfterCollection: boolean; payoutFollowsCollectionRate: boolean };
  rows: StatementRow[];
  events: ReviewEvent[];
  specialApplications: ApplicationSummary;
}

export interface Inbox {
  statements: (StatementSummary & { dueOn: string; late: boolean })[];
  applications: Application[];
}

export interface Draw {
  id: string;
  statementId: string;
  month: string;
  repId: string;
  repName: string;
  officeName: string;
  amountFen: number;
  drawnOn: string;
  recordedByName: string;
  receiptsFen: number;
  returnedFen: number;
  outstandingFen: number;
  settledOn: string | null;
  settledByName: string | null;
  note: string | null;
  version: number;
}

export type PayoutState = 'not-approved' | 'not-open-yet' | 'nothing-payable' | 'paid' | 'open';

export interface PayoutPosition {
  repId: string;
  repName: string;
  limitFen: number;
  drawnFen: number;
  settledFen: number;
  outstandingFen: number;
  headroomFen: number;
  drawableNowFen: number;
  statements: { statementId: string; month: string; payoutFrom: string; finalFen: number; drawnFen: number; remainingFen: number; state: PayoutState; drawableFen: number }[];
  draws: Draw[];
}

export interface SpotCheck {
  statementId: string;
  seed: number;
  sampleSize: number;
  drawnByName: string;
  drawnAt: string;
  reproducible: boolean;
  items: { customerId: string; customerName: string; finalFen: number; seq: number; result: 'confirmed' | 'discrepancy' | null; note: string | null; confirmedByName: string | null; confirmedAt: string | null; version: number }[];
}

const KEY = ['expenses'];
const statementKey = (id: string) => [...KEY, 'statement', id];

export function useStatements(filters: Record<string, QueryValue>, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'list', filters], queryFn: () => api.get<{ items: StatementSummary[] }>('/expense-statements', filters), enabled });
}

export function useStatement(id: string | undefined) {
  return useQuery({ queryKey: statementKey(id ?? ''), queryFn: () => api.get<StatementDetail>(`/expense-statements/${id}`), enabled: !!id });
}

export function useInbox() {
  return useQuery({ queryKey: [...KEY, 'waiting'], queryFn: () => api.get<Inbox>('/expense-statements/waiting') });
}

/** Every mutation answers with fresh data; the simplest correct thing is to reload everything expense-related. */
function useExpenseMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export function useGenerate() {
  return useExpenseMutation((v: { month?: string; repId?: string }) => api.post<{ month: string; items: StatementSummary[] }>('/expense-statements/generate', v));
}

export function useAdjustRow(statementId: string) {
  return useExpenseMutation((v: { customerId: string; version: number; adjustedFen: number | null; reason?: string }) =>
    api.patch<StatementDetail>(`/expense-statements/${statementId}/rows`, v),
  );
}

export type ReviewStep = 'submit' | 'approve' | 'return';

export function useReviewStep(statementId: string) {
  return useExpenseMutation((v: { step: ReviewStep; version: number; comment?: string }) =>
    api.post<StatementDetail>(`/expense-statements/${statementId}/${v.step}`, v.step === 'return' ? { version: v.version, comment: v.comment } : { version: v.version }),
  );
}

export function useApplications(filters: Record<string, QueryValue>) {
  return useQuery({ queryKey: [...KEY, 'applications', filters], queryFn: () => api.get<{ items: Application[] }>('/expense-applications', filters) });
}

export function useFileApplication() {
  return useExpenseMutation((v: { customerId: string; usage: ExpenseUsage; amountFen: number; reason: string }) => api.post<Application>('/expense-applications', v));
}

export function useDecideApplication() {
  return useExpenseMutation((v: { id: string; version: number; decision: 'approve' | 'refuse'; comment?: string }) =>
    api.post<Application>(`/expense-applications/${v.id}/decide`, { version: v.version, decision: v.decision, comment: v.comment }),
  );
}

export function usePayoutPosition(repId: string | undefined) {
  return useQuery({ queryKey: [...KEY, 'position', repId], queryFn: () => api.get<PayoutPosition>('/expense-payouts/position', { repId }), enabled: !!repId });
}

export function useDraws(filters: Record<string, QueryValue>) {
  return useQuery({ queryKey: [...KEY, 'draws', filters], queryFn: () => api.get<{ items: Draw[] }>('/expense-payouts', filters) });
}

export function useRecordDraw() {
  return useExpenseMutation((v: { statementId: string; amountFen: number }) => api.post<Draw>(`/expense-statements/${v.statementId}/payouts`, { amountFen: v.amountFen }));
}

export function useSettleDraw() {
  return useExpenseMutation((v: { id: string; version: number; receiptsFen: number; returnedFen: number; note?: string }) =>
    api.post<Draw>(`/expense-payouts/${v.id}/settle`, { version: v.version, receiptsFen: v.receiptsFen, returnedFen: v.returnedFen, note: v.note }),
  );
}

export function useSpotCheck(statementId: string, enabled: boolean) {
  return useQuery({ queryKey: [...KEY, 'spot-check', statementId], queryFn: () => api.get<{ spotCheck: SpotCheck | null }>(`/expense-statements/${statementId}/spot-check`), enabled });
}

export function useDrawSpotCheck() {
  return useExpenseMutation((statementId: string) => api.post<SpotCheck>(`/expense-statements/${statementId}/spot-check`));
}

export function useConfirmSpotCheck(statementId: string) {
  return useExpenseMutation((v: { customerId: string; version: number; result: 'confirmed' | 'discrepancy'; note?: string }) =>
    api.patch<SpotCheck>(`/expense-statements/${statementId}/spot-check/items/${v.customerId}`, { version: v.version, result: v.result, note: v.note }),
  );
}

/** The offices and active reps in scope, for the list filters. */
export function useOfficeOptions() {
  return useQuery({ queryKey: [...KEY, 'offices'], queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/offices').then((r) => r.items), staleTime: 5 * 60_000 });
}

export function useRepOptions(officeId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'reps', officeId],
    queryFn: () => api.get<{ items: { id: string; displayName: string }[] }>('/users', { role: 'rep', active: 'true', officeId, limit: 200 }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

interface LedgerMoney {
  accruedFen: number;
  paidFen: number;
  balanceFen: number;
}

export interface Ledger {
  from: string;
  to: string;
  total: LedgerMoney;
  byAccount: (LedgerMoney & { productId: string | null; account: string; account_en: string })[];
  byOffice: (LedgerMoney & { officeId: string; officeName: string })[];
  byRep: (LedgerMoney & { repId: string; repName: string; officeName: string })[];
  byPeriod: { period: string; openingFen: number; accruedFen: number; paidFen: number; closingFen: number }[];
  detail: (LedgerMoney & { period: string; officeName: string; repName: string; productId: string | null; account: string })[];
}

export function useLedger(filters: Record<string, QueryValue>) {
  return useQuery({ queryKey: [...KEY, 'ledger', filters], queryFn: () => api.get<Ledger>('/expense-ledger', filters) });
}

/** The organisation's 客情费 rules (borrowing limit, spot-check size, deadlines). */
export function useExpenseSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => api.get<{ settings: { spotCheckSampleSize: number; borrowingLimitFen: number }; version: number }>('/settings/expenses'),
    staleTime: 5 * 60_000,
  });
}
