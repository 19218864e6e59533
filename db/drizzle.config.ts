import { defineConfig } from 'drizzle-kit';

/** drizzle-kit generates the migrations in `migrations/`; they are committed and never pushed. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
