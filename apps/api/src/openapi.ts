import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { invalidInput } from './problem';

/**
 * A route group whose zod validation failures become 400 problem+json naming each field, so every route's
 * input and output schema also feeds the generated OpenAPI document.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) invalidInput(result.error);
    },
  });
}
