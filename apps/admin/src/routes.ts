import type { RouteDefinition } from '@solidjs/router';
import { evaluationRoutes } from './evaluation/evaluation-routes';
import { open311Routes } from './open311/open311-routes';
import { partyRoutes } from './party/party-routes';
import { pluginRoutes } from './plugins/plugin-routes';
import { serviceRequestRoutes } from './service-requests/service-requests-routes';
import { lazyPage } from './shell/lazy-page';

// Every page is its own chunk, loaded when its route is first visited: the login page then loads the app's
// shell and the login form only, not every page (bench: first-page JavaScript <= 60 KB gzip).
const LoginPage = lazyPage(() => import('./auth/login-page').then((m) => m.LoginPage));
const ForcedPasswordPage = lazyPage(() =>
  import('./account/forced-password-page').then((m) => m.ForcedPasswordPage),
);
const SignedInLayout = lazyPage(() => import('./shell/signed-in-layout').then((m) => m.SignedInLayout));
const DashboardPage = lazyPage(() => import('./dashboard/dashboard-page').then((m) => m.DashboardPage));
const HomePage = lazyPage(() => import('./home/home-page').then((m) => m.HomePage));
const VillagesPage = lazyPage(() => import('./villages/villages-page').then((m) => m.VillagesPage));
const VillagePage = lazyPage(() => import('./villages/village-page').then((m) => m.VillagePage));
const UsersPage = lazyPage(() => import('./users/users-page').then((m) => m.UsersPage));
const TenantsPage = lazyPage(() => import('./tenants/tenants-page').then((m) => m.TenantsPage));
const AuditPage = lazyPage(() => import('./audit/audit-page').then((m) => m.AuditPage));
const AccountPage = lazyPage(() => import('./account/account-page').then((m) => m.AccountPage));
const NotFoundPage = lazyPage(() => import('./shell/not-found-page').then((m) => m.NotFoundPage));

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
      { path: '/dashboard', component: DashboardPage },
      { path: '/villages', component: VillagesPage },
      { path: '/villages/:id', component: VillagePage },
      { path: '/users', component: UsersPage },
      { path: '/tenants', component: TenantsPage },
      { path: '/audit', component: AuditPage },
      { path: '/account', component: AccountPage },
      ...serviceRequestRoutes,
      ...partyRoutes,
      ...evaluationRoutes,
      ...open311Routes,
      ...pluginRoutes,
      { path: '*404', component: NotFoundPage },
    ],
  },
];
