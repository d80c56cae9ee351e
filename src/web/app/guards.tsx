import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Action } from '../../domain/identity/policies';
import { errorText } from '../shared/api/client';
import { useLang, useT } from '../shared/i18n/lang';
import { common } from '../shared/text';
import { SessionContext, useMeQuery, useSession } from './session';

export const PASSWORD_PATH = '/change-password';

function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Lets only a signed-in person through; one who must change the initial password goes to that page first. */
export function RequireSession() {
  const me = useMeQuery();
  const location = useLocation();
  const { lang } = useLang();
  const t = useT();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result status="warning" title={t(common.loadFailed)} subTitle={errorText(me.error, lang)} extra={<Button onClick={() => void me.refetch()}>{t(common.retry)}</Button>} />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const mustChange = me.data.user.mustChangePassword;
  if (mustChange && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  if (!mustChange && location.pathname === PASSWORD_PATH) return <Navigate to="/" replace />;
  const session = { me: me.data, can: (a: Action) => me.data!.abilities.includes(a) };
  return (
    <SessionContext.Provider value={session}>
      <Outlet />
    </SessionContext.Provider>
  );
}

/** The login page is for people without a session; once signed in, they go where they were heading. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.data) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from.startsWith('/') && from !== '/login' ? from : '/'} replace />;
  }
  return <>{children}</>;
}

/** Shows the page only to roles with the ability (the server checks again). */
export function RequireAbility({ ability, children }: { ability: Action; children: ReactNode }) {
  const { can } = useSession();
  const t = useT();
  if (can(ability)) return <>{children}</>;
  return <Result status="403" title="403" subTitle={t(common.forbidden)} extra={<Link to="/">{t(common.backHome)}</Link>} />;
}

export function NotFoundPage() {
  const t = useT();
  return <Result status="404" title="404" subTitle={t(common.notFound)} extra={<Link to="/">{t(common.backHome)}</Link>} />;
}
