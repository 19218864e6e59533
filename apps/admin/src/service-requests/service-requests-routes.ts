import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

// Each page is its own chunk, loaded when its route is first visited.
const ServiceRequestsPage = lazy(() =>
  import('./service-requests-page').then((m) => ({ default: m.ServiceRequestsPage })),
);
const NewServiceRequestPage = lazy(() =>
  import('./new-service-request-page').then((m) => ({ default: m.NewServiceRequestPage })),
);
const ServiceRequestPage = lazy(() =>
  import('./service-request-page').then((m) => ({ default: m.ServiceRequestPage })),
);

/** The service-request pages, under the signed-in layout: the list, filing for a villager, one request. */
export const serviceRequestRoutes: RouteDefinition<string>[] = [
  { path: '/service-requests', component: ServiceRequestsPage },
  { path: '/service-requests/new', component: NewServiceRequestPage },
  { path: '/service-requests/:id', component: ServiceRequestPage },
];
