import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/audit/AuditPage';
import { CustomerFieldsPage } from '../features/admin/customer-fields/CustomerFieldsPage';
import { OfficesPage } from '../features/admin/offices/OfficesPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { CustomerDetailPage } from '../features/customers/CustomerDetailPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { CustomerImportPage } from '../features/customers/import/CustomerImportPage';
import { ForcedPasswordPage } from '../features/auth/ForcedPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { SettingsPage } from '../features/auth/SettingsPage';
import { HomePage } from '../features/home/HomePage';
import { OrderDetailPage } from '../features/sales/OrderDetailPage';
import { OrderImportPage } from '../features/sales/import/OrderImportPage';
import { OrdersPage } from '../features/sales/OrdersPage';
import { ProductsPage } from '../features/sales/ProductsPage';
import { VisitPlansPage } from '../features/visits/VisitPlansPage';
import { TravelSettingsPage } from '../features/visits/travel/TravelSettingsPage';
import { VisitRulesPage } from '../features/visits/rules/VisitRulesPage';
import { ExpenseSettingsPage } from '../features/expenses/settings/ExpenseSettingsPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { TodayPage } from '../features/visits/TodayPage';
import { DailyLogPage } from '../features/visits/DailyLogPage';
import { VisitRecordPage } from '../features/visits/VisitRecordPage';
import { MyStatementPage } from '../features/expenses/MyStatementPage';
import { ReviewPage as ExpenseReviewPage } from '../features/expenses/ReviewPage';
import { StatementPage } from '../features/expenses/StatementPage';
import { OfficeStatementsPage } from '../features/expenses/OfficeStatementsPage';
import { PayoutPage } from '../features/expenses/PayoutPage';
import { SpotChecksPage } from '../features/expenses/SpotChecksPage';
import { LedgerPage } from '../features/expenses/LedgerPage';
import { NotFoundPage, PASSWORD_PATH, RedirectIfSignedIn, RequireAbility, RequireSession } from './guards';
import { AppLayout } from './layout/AppLayout';

// The chart pages load ECharts with them, so the rest of the app does not wait for it.
const AbcPage = lazy(() => import('../features/abc/AbcPage').then((m) => ({ default: m.AbcPage })));
const AnalysisPage = lazy(() => import('../features/analysis/AnalysisPage').then((m) => ({ default: m.AnalysisPage })));
const CompliancePage = lazy(() => import('../features/visits/CompliancePage').then((m) => ({ default: m.CompliancePage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <RedirectIfSignedIn>
            <LoginPage />
          </RedirectIfSignedIn>
        }
      />
      <Route element={<RequireSession />}>
        <Route path={PASSWORD_PATH} element={<ForcedPasswordPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="customers"
            element={
              <RequireAbility ability="customer.read">
                <CustomersPage />
              </RequireAbility>
            }
          />
          <Route
            path="customers/import"
            element={
              <RequireAbility ability="customer.import">
                <CustomerImportPage />
              </RequireAbility>
            }
          />
          <Route
            path="customers/:id"
            element={
              <RequireAbility ability="customer.read">
                <CustomerDetailPage />
              </RequireAbility>
            }
          />
          <Route
            path="orders"
            element={
              <RequireAbility ability="order.read">
                <OrdersPage />
              </RequireAbility>
            }
          />
          <Route
            path="orders/import"
            element={
              <RequireAbility ability="order.create">
                <OrderImportPage />
              </RequireAbility>
            }
          />
          <Route
            path="orders/:id"
            element={
              <RequireAbility ability="order.read">
                <OrderDetailPage />
              </RequireAbility>
            }
          />
          <Route
            path="products"
            element={
              <RequireAbility ability="product.read">
                <ProductsPage />
              </RequireAbility>
            }
          />
          <Route
            path="abc"
            element={
              <RequireAbility ability="abc.read">
                <Suspense>
                  <AbcPage />
                </Suspense>
              </RequireAbility>
            }
          />
          <Route
            path="analysis"
            element={
              <RequireAbility ability="analysis.read">
                <Suspense>
                  <AnalysisPage />
                </Suspense>
              </RequireAbility>
            }
          />
          <Route
            path="visits/plans"
            element={
              <RequireAbility ability="visitPlan.read">
                <VisitPlansPage />
              </RequireAbility>
            }
          />
          <Route
            path="visits/today"
            element={
              <RequireAbility ability="visit.read">
                <TodayPage />
              </RequireAbility>
            }
          />
          <Route
            path="visits/:id"
            element={
              <RequireAbility ability="visit.read">
                <VisitRecordPage />
              </RequireAbility>
            }
          />
          <Route
            path="visits/travel"
            element={
              <RequireAbility ability="visitTravel.read">
                <TravelSettingsPage />
              </RequireAbility>
            }
          />
          <Route
            path="visits/rules"
            element={
              <RequireAbility ability="visitRules.read">
                <VisitRulesPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/settings"
            element={
              <RequireAbility ability="expenseSettings.read">
                <ExpenseSettingsPage />
              </RequireAbility>
            }
          />
          <Route
            path="visits/compliance"
            element={
              <RequireAbility ability="visitCompliance.read">
                <Suspense>
                  <CompliancePage />
                </Suspense>
              </RequireAbility>
            }
          />
          <Route
            path="visits/daily-log"
            element={
              <RequireAbility ability="dailyLog.read">
                <DailyLogPage />
              </RequireAbility>
            }
          />
          <Route
            path="calendar"
            element={
              <RequireAbility ability="calendar.read">
                <CalendarPage />
              </RequireAbility>
            }
          />
          <Route
            path="offices"
            element={
              <RequireAbility ability="office.read">
                <OfficesPage />
              </RequireAbility>
            }
          />
          <Route
            path="users"
            element={
              <RequireAbility ability="user.read">
                <UsersPage />
              </RequireAbility>
            }
          />
          <Route
            path="customer-fields"
            element={
              <RequireAbility ability="customerField.manage">
                <CustomerFieldsPage />
              </RequireAbility>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAbility ability="audit.read">
                <AuditPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/mine"
            element={
              <RequireAbility ability="expenseStatement.submit">
                <MyStatementPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/review"
            element={
              <RequireAbility ability="expenseStatement.review">
                <ExpenseReviewPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/statements"
            element={
              <RequireAbility ability="expenseStatement.read">
                <OfficeStatementsPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/statements/:id"
            element={
              <RequireAbility ability="expenseStatement.read">
                <StatementPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/payouts"
            element={
              <RequireAbility ability="expensePayout.record">
                <PayoutPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/spot-checks"
            element={
              <RequireAbility ability="expenseSpotCheck.run">
                <SpotChecksPage />
              </RequireAbility>
            }
          />
          <Route
            path="expenses/ledger"
            element={
              <RequireAbility ability="expenseLedger.read">
                <LedgerPage />
              </RequireAbility>
            }
          />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
