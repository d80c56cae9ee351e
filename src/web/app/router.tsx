import { Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/audit/AuditPage';
import { OfficesPage } from '../features/admin/offices/OfficesPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { CustomerDetailPage } from '../features/customers/CustomerDetailPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { ForcedPasswordPage } from '../features/auth/ForcedPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { SettingsPage } from '../features/auth/SettingsPage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage, PASSWORD_PATH, RedirectIfSignedIn, RequireAbility, RequireSession } from './guards';
import { AppLayout } from './layout/AppLayout';

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
            path="customers/:id"
            element={
              <RequireAbility ability="customer.read">
                <CustomerDetailPage />
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
