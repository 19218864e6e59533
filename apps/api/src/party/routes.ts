import { createPersonalDataProtector } from '@cunshe/personal-data';
import type { Services } from '../context';
import { personalDataKeyOf } from '../env';
import { createRouter } from '../openapi';
import { activityRoutes } from './activities/routes';
import { centreRoutes } from './centres/routes';
import { committeeRoutes } from './committees/routes';
import { duesRoutes } from './dues/routes';
import { meetingRoutes } from './meetings/routes';
import { memberRoutes } from './members/routes';
import { organizationRoutes } from './organizations/routes';

/**
 * `/api/party/...`: the village party organization. Reading needs `party:read`, writing and exact look-ups
 * `party:manage`, whole ID numbers `party:reveal-id`; every operation is fenced to the user's villages.
 * ID and phone numbers travel in request bodies only, never in a URL, so no access log holds them.
 */
export function partyRoutes(services: Pick<Services, 'database' | 'env' | 'personalData'>) {
  const personalData = services.personalData ?? createPersonalDataProtector(personalDataKeyOf(services.env));
  const { database } = services;
  return createRouter()
    .route('/', organizationRoutes({ database }))
    .route('/', memberRoutes({ database, personalData }))
    .route('/', committeeRoutes({ database }))
    .route('/', activityRoutes({ database }))
    .route('/', meetingRoutes({ database }))
    .route('/', duesRoutes({ database }))
    .route('/', centreRoutes({ database }));
}
