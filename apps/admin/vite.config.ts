import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [solid()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: { outDir: 'dist', target: 'es2022' },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
