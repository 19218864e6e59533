import type { RouteDefinition } from '@solidjs/router';
import { AccountPage } from './account/account-page';
import { ForcedPasswordPage } from './account/forced-password-page';
import { AuditPage } from './audit/audit-page';
import { LoginPage } from './auth/login-page';
import { HomePage } from './home/home-page';
import { NotFoundPage } from './shell/not-found-page';
import { SignedInLayout } from './shell/signed-in-layout';
import { UsersPage } from './users/users-page';
import { VillagePage } from './villages/village-page';
import { VillagesPage } from './villages/villages-page';

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
      { path: '/audit', component: AuditPage },
      { path: '/account', component: AccountPage },
      { path: '*404', component: NotFoundPage },
    ],
  },
];
