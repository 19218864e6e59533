import type { Tx } from './client';

/** What drizzle's `.prepare()` answers on either engine: a built query that runs with placeholder values. */
interface PreparedQuery<T> {
  execute(values?: Record<string, unknown>): Promise<T>;
}

/** A transaction's drizzle session as both engines build it: the client every statement is sent on. */
interface SessionOf {
  session: { client: unknown };
}

/**
 * A query built once and run in any later transaction, of either engine, with new values for its
 * `sql.placeholder(...)`s. Building a drizzle select (SQL text, parameters, column mapping) costs more
 * JavaScript than sending it, so the hot queries of a request (the session lookup, the village list) are
 * built on first use only. drizzle's own `.prepare()` binds the built query to the transaction it was
 * built in; this rebinds it to the client of the transaction it runs in (a prepared query keeps that
 * client in its `client` field on both engines, PGlite and postgres.js), one built query per engine.
 * @param build builds the query on `tx` and calls `.prepare(name)` on it; it runs once per engine.
 * @example
 * const byId = reusableQuery((tx) =>
 *   tx.select().from(villages).where(eq(villages.id, sql.placeholder('id'))).prepare('village_by_id'));
 * const rows = await database.withTenant(tenantId, (tx) => byId(tx, { id }));
 */
export function reusableQuery<T>(
  build: (tx: Tx) => PreparedQuery<T>,
): (tx: Tx, values?: Record<string, unknown>) => Promise<T> {
  const built = new Map<unknown, PreparedQuery<T>>();
  return (tx, values) => {
    const { session } = tx as unknown as SessionOf;
    let query = built.get(session.constructor);
    if (!query) {
      query = build(tx);
      built.set(session.constructor, query);
    }
    const bound = Object.create(query) as PreparedQuery<T> & { client: unknown };
    bound.client = session.client;
    return bound.execute(values);
  };
}
