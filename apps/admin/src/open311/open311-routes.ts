import type { RouteDefinition } from '@solidjs/router';
import { lazyPage } from '../shell/lazy-page';

const Open311Page = lazyPage(() => import('./open311-page').then((m) => m.Open311Page));

/** The county's Open311 door (its public endpoints and API keys), its own chunk. */
export const open311Routes: RouteDefinition<string>[] = [{ path: '/open311', component: Open311Page }];
