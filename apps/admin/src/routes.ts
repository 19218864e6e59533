import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { partyRoutes } from './party/party-routes';
import { pluginRoutes } from './plugins/plugin-routes';
import { serviceRequestRoutes } from './service-requests/service-requests-routes';

// Every page is its own chunk, loaded when its route is first visited: the login page then loads the app's
// shell and the login form only, not every page (bench: first-page JavaScript <= 60 KB gzip).
const LoginPage = lazy(() => import('./auth/login-page').then((m) => ({ default: m.LoginPage })));
const ForcedPasswordPage = lazy(() =>
  import('./account/forced-password-page').then((m) => ({ default: m.ForcedPasswordPage })),
);
const SignedInLayout = lazy(() =>
  import('./shell/signed-in-layout').then((m) => ({ default: m.SignedInLayout })),
);
const HomePage = lazy(() => import('./home/home-page').then((m) => ({ default: m.HomePage })));
const VillagesPage = lazy(() =>
  import('./villages/villages-page').then((m) => ({ default: m.VillagesPage })),
);
const VillagePage = lazy(() => import('./villages/village-page').then((m) => ({ default: m.VillagePage })));
const UsersPage = lazy(() => import('./users/users-page').then((m) => ({ default: m.UsersPage })));
const TenantsPage = lazy(() => import('./tenants/tenants-page').then((m) => ({ default: m.TenantsPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((m) => ({ default: m.AuditPage })));
const AccountPage = lazy(() => import('./account/account-page').then((m) => ({ default: m.AccountPage })));
const NotFoundPage = lazy(() => import('./shell/not-found-page').then((m) => ({ default: m.NotFoundPage })));

/**
 * Every page of the admin. `/login` and the forced password change stand outside the app shell; every
 * other page is behind sign-in (`SignedInLayout`), and the catch-all 404 stays last.
 */
export const routes: RouteDefinition<string>[] = [
  { path: '/login', component: LoginPage },
  { path: '/account/password', component: ForcedPasswordPage },
  {
    path: '/',
    component: SignedInLayout,
    children: [
      { path: '/', component: HomePage },
      { path: '/villages', component: VillagesPage },
      { path: '/villages/:id', component: VillagePage },
      { path: '/users', component: UsersPage },
      { path: '/tenants', component: TenantsPage },
      { path: '/audit', component: AuditPage },
      { path: '/account', component: AccountPage },
      ...serviceRequestRoutes,
      ...partyRoutes,
      ...pluginRoutes,
      { path: '*404', component: NotFoundPage },
    ],
  },
];
