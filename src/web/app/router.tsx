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
import { NotFoundPage, PASSWORD_PATH, RedirectIfSignedIn, RequireAbility, RequireSession } from './guards';
import { AppLayout } from './layout/AppLayout';

// The chart pages load ECharts with them, so the rest of the app does not wait for it.
const AbcPage = lazy(() => import('../features/abc/AbcPage').then((m) => ({ default: m.AbcPage })));
const AnalysisPage = lazy(() => import('../features/analysis/AnalysisPage').then((m) => ({ default: m.AnalysisPage })));

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
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
