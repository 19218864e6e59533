import { defineConfig } from 'vitest/config';

// The template's own test runs inside the scaffolded plugin, not here.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 120_000 },
});
