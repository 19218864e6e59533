import type { RouteDefinition } from '@solidjs/router';
import { HomePage } from './home/home-page';
import { NotFoundPage } from './shell/not-found-page';
import { VillagesPage } from './villages/villages-page';

/** Every page of the admin; the catch-all 404 stays last. */
export const routes: RouteDefinition<string>[] = [
  { path: '/', component: HomePage },
  { path: '/villages', component: VillagesPage },
  { path: '*404', component: NotFoundPage },
];
