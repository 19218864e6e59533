import { InputError, NotFoundError } from '@cunshe/errors';
import { localeOf } from '@cunshe/forms';
import { createPersonalDataProtector } from '@cunshe/personal-data';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppEnv, Services } from '../context';
import { personalDataKeyOf } from '../env';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { fieldErrors } from '../problem';
import { fileOpen311Request, replayedOpen311Filing } from './file-request';
import { findJurisdiction } from './jurisdiction';
import { getOpen311Request, listOpen311Requests } from './list-requests';
import { handleOpen311Error, open311Error } from './open311-errors';
import {
  jurisdictionQuery,
  open311Errors,
  open311FilingBody,
  open311Receipt,
  open311Request,
  open311RequestQuery,
  open311Service,
  open311ServiceDefinition,
} from './open311-schemas';
import { readFiling } from './read-filing';
import { serviceAttributes } from './service-attributes';
import { countyServices, findCountyService, serviceCodeOf, serviceEntry } from './service-catalogue';

const BASE = '/open311/v2';

function parseQuery<T extends z.ZodType>(schema: T, c: Context): z.infer<T> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new InputError('The query has invalid fields.', fieldErrors(result.error));
  return result.data;
}

/** The `<name>` of a `<name>.json` path segment. */
function jsonName(file: string): string {
  if (!file.endsWith('.json')) throw new NotFoundError('Only the .json format is served.');
  return file.slice(0, -'.json'.length);
}

function isUniqueViolation(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: open311Errors } } },
  404: {
    description: 'No such jurisdiction, service or request',
    content: { 'application/json': { schema: open311Errors } },
  },
} as const;
const jsonOf = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

function documentRoutes(router: OpenAPIHono<AppEnv>): void {
  const registry = router.openAPIRegistry;
  registry.registerPath({
    method: 'get',
    path: `${BASE}/services.json`,
    tags: ['open311'],
    summary: "GeoReport v2: the county's services (public)",
    request: { query: jurisdictionQuery },
    responses: { 200: jsonOf(z.array(open311Service), 'The services'), ...errorResponses },
  });
  registry.registerPath({
    method: 'get',
    path: `${BASE}/services/{service_code}.json`,
    tags: ['open311'],
    summary: "GeoReport v2: a service's definition, its form's fields as attributes (public)",
    request: { params: z.object({ service_code: z.string() }), query: jurisdictionQuery },
    responses: { 200: jsonOf(open311ServiceDefinition, 'The definition'), ...errorResponses },
  });
  registry.registerPath({
    method: 'get',
    path: `${BASE}/requests.json`,
    tags: ['open311'],
    summary: 'GeoReport v2: service requests without personal data, 90 days and 1000 rows at most (public)',
    request: { query: open311RequestQuery },
    responses: { 200: jsonOf(z.array(open311Request), 'The requests, newest first'), ...errorResponses },
  });
  registry.registerPath({
    method: 'get',
    path: `${BASE}/requests/{service_request_id}.json`,
    tags: ['open311'],
    summary: 'GeoReport v2: one service request without personal data (public)',
    request: { params: z.object({ service_request_id: z.string() }), query: jurisdictionQuery },
    responses: { 200: jsonOf(z.array(open311Request), 'The request'), ...errorResponses },
  });
  registry.registerPath({
    method: 'post',
    path: `${BASE}/requests.json`,
    tags: ['open311'],
    summary: "GeoReport v2: file a service request with the county's API key",
    request: {
      body: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': { schema: open311FilingBody },
          'application/json': { schema: open311FilingBody },
        },
      },
    },
    responses: {
      201: jsonOf(open311Receipt, 'Filed'),
      200: jsonOf(open311Receipt, 'Filed before with this client token'),
      403: {
        description: 'Unknown or revoked API key',
        content: { 'application/json': { schema: open311Errors } },
      },
      ...errorResponses,
    },
  });
}

/**
 * `/open311/v2/...`: the county's service catalogue and requests as Open311 GeoReport v2, for other
 * systems (docs/open311.md). Reading is public (no sign-in) and carries no personal data; filing needs an
 * API key of the county. `jurisdiction_id` is the county's six-digit code; errors take GeoReport's shape.
 */
export function open311Routes(
  services: Pick<Services, 'database' | 'env' | 'logger' | 'personalData'> & { registry: PluginRegistry },
) {
  const { database, logger, registry } = services;
  const protector = services.personalData ?? createPersonalDataProtector(personalDataKeyOf(services.env));
  const router = new OpenAPIHono<AppEnv>();
  router.onError(handleOpen311Error(logger));
  router.use(
    `${BASE}/*`,
    cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', 'Idempotency-Key'] }),
  );
  router.use(
    `${BASE}/*`,
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: (c) => open311Error(c, 413, [{ code: 413, description: 'The limit is 1 MiB.' }]),
    }),
  );
  documentRoutes(router);
  const jurisdictionOf = (c: Context) => {
    const id = c.req.query('jurisdiction_id');
    if (!id)
      throw new InputError('jurisdiction_id is required.', [
        { path: 'jurisdiction_id', message: 'required' },
      ]);
    return findJurisdiction(database, id);
  };

  router.get(`${BASE}/services.json`, async (c) => {
    const { tenantId } = await jurisdictionOf(c);
    const locale = localeOf(c.req.header('accept-language'));
    const forms = await database.withTenant(tenantId, (tx) => countyServices(tx, { tenantId, registry }));
    return c.json(forms.map((form) => serviceEntry(form, registry, locale)));
  });

  router.get(`${BASE}/services/:file`, async (c) => {
    const serviceCode = jsonName(c.req.param('file'));
    const { tenantId } = await jurisdictionOf(c);
    const locale = localeOf(c.req.header('accept-language'));
    const service = await database.withTenant(tenantId, (tx) =>
      findCountyService(tx, { tenantId, registry, serviceCode }),
    );
    return c.json({
      service_code: serviceCodeOf(service.plugin.id, service.form.key),
      attributes: serviceAttributes(service.document, locale),
    });
  });

  router.get(`${BASE}/requests.json`, async (c) => {
    const query = parseQuery(open311RequestQuery, c);
    const { tenantId } = await findJurisdiction(database, query.jurisdiction_id);
    const locale = localeOf(c.req.header('accept-language'));
    const statuses = (query.status?.split(',') ?? []) as ('open' | 'closed')[];
    const page = await database.withTenant(tenantId, (tx) =>
      listOpen311Requests(tx, {
        tenantId,
        registry,
        locale,
        query: {
          serviceCodes:
            query.service_code
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean) ?? [],
          statuses,
          startDate: query.start_date ? new Date(query.start_date) : undefined,
          endDate: query.end_date ? new Date(query.end_date) : undefined,
          page: query.page,
          pageSize: query.page_size,
        },
      }),
    );
    c.header('x-total-count', String(page.total));
    return c.json(page.items);
  });

  router.get(`${BASE}/requests/:file`, async (c) => {
    const id = jsonName(c.req.param('file'));
    const { tenantId } = await jurisdictionOf(c);
    const locale = localeOf(c.req.header('accept-language'));
    const request = await database.withTenant(tenantId, (tx) =>
      getOpen311Request(tx, { tenantId, registry, id, locale }),
    );
    return c.json([request]);
  });

  router.post(`${BASE}/requests.json`, async (c) => {
    const { jurisdictionId, filing } = await readFiling(c);
    if (!jurisdictionId) {
      throw new InputError('jurisdiction_id is required.', [
        { path: 'jurisdiction_id', message: 'required' },
      ]);
    }
    const { tenantId } = await findJurisdiction(database, jurisdictionId);
    const locale = localeOf(c.req.header('accept-language'));
    try {
      const { receipt, isReplay } = await database.withTenant(tenantId, (tx) =>
        fileOpen311Request(tx, {
          tenantId,
          filing,
          registry,
          protector,
          locale,
          requestId: c.get('requestId'),
          logger,
        }),
      );
      return c.json([receipt], isReplay ? 200 : 201);
    } catch (error) {
      // Two filings with one client token at once: the one that lost the race answers what the other stored.
      if (!isUniqueViolation(error)) throw error;
      const first = await database.withTenant(tenantId, (tx) =>
        replayedOpen311Filing(tx, { tenantId, filing, registry, locale }),
      );
      if (!first) throw error;
      return c.json([first], 200);
    }
  });

  router.all(`${BASE}/*`, (c) =>
    open311Error(c, 404, [{ code: 404, description: `No Open311 resource ${c.req.path}` }]),
  );
  return router;
}
