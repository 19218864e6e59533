import { Navigate, type RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

const MembersPage = lazy(() => import('./members-page').then((m) => ({ default: m.MembersPage })));
const MemberPage = lazy(() => import('./member-page').then((m) => ({ default: m.MemberPage })));
const NewMemberPage = lazy(() => import('./member-form-page').then((m) => ({ default: m.NewMemberPage })));
const EditMemberPage = lazy(() => import('./member-form-page').then((m) => ({ default: m.EditMemberPage })));
const OrganizationsPage = lazy(() =>
  import('./organizations-page').then((m) => ({ default: m.OrganizationsPage })),
);
const ActivitiesPage = lazy(() => import('./activities-page').then((m) => ({ default: m.ActivitiesPage })));
const MeetingsPage = lazy(() => import('./meetings-page').then((m) => ({ default: m.MeetingsPage })));
const DuesPage = lazy(() => import('./dues-page').then((m) => ({ default: m.DuesPage })));
const CentresPage = lazy(() => import('./centres-page').then((m) => ({ default: m.CentresPage })));

/** The party pages (党建), each its own chunk; `/party` opens the members. */
export const partyRoutes: RouteDefinition<string>[] = [
  { path: '/party', component: () => Navigate({ href: '/party/members' }) },
  { path: '/party/members', component: MembersPage },
  { path: '/party/members/new', component: NewMemberPage },
  { path: '/party/members/:id', component: MemberPage },
  { path: '/party/members/:id/edit', component: EditMemberPage },
  { path: '/party/organizations', component: OrganizationsPage },
  { path: '/party/activities', component: ActivitiesPage },
  { path: '/party/meetings', component: MeetingsPage },
  { path: '/party/dues', component: DuesPage },
  { path: '/party/centres', component: CentresPage },
];
