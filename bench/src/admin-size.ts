import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT } from './processes';

/** One chunk of Vite's build manifest (`build.manifest`). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** JavaScript a route loads before it shows: its files and their gzip size. */
export interface RouteWeight {
  route: string;
  files: string[];
  gzipBytes: number;
}

/**
 * Pages of the admin whose JavaScript we weigh, by the source files their route renders (a lazy page is a
 * dynamic entry of the manifest; a page that is not lazy is inside the entry chunk and adds nothing).
 */
export const WEIGHED_ROUTES: Record<string, string[]> = {
  '/login (first page)': ['src/auth/login-page.tsx'],
  '/villages (village list)': ['src/shell/signed-in-layout.tsx', 'src/villages/villages-page.tsx'],
};

/**
 * Builds the admin with Vite exactly as `pnpm start` does (its own vite.config.ts), into a temporary folder
 * with `--manifest`, and weighs the JavaScript each route loads: the entry chunk, the route's lazy page
 * chunks, and every chunk they import statically, each file once, gzip level 6 (the usual server setting).
 */
export async function weighAdmin(): Promise<RouteWeight[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'cunshe-bench-admin-'));
  try {
    await promisify(execFile)(
      'pnpm',
      [
        '--filter',
        '@cunshe/admin',
        'exec',
        'vite',
        'build',
        // Into a folder of its own: another build of the admin (pnpm start, an e2e run) may run meanwhile.
        '--bypass-lock',
        '--manifest',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entry) throw new Error('The admin build has no entry chunk');
    const gzipOf = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 6 }).length;
    return Object.entries(WEIGHED_ROUTES).map(([route, sources]) => {
      const keys = new Set<string>();
      const visit = (key: string) => {
        if (keys.has(key)) return;
        const chunk = manifest[key];
        if (!chunk) return;
        keys.add(key);
        for (const imported of chunk.imports ?? []) visit(imported);
      };
      visit(entry);
      for (const source of sources) if (manifest[source]?.isDynamicEntry) visit(source);
      const files = [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
      return { route, files, gzipBytes: files.reduce((sum, file) => sum + gzipOf(file), 0) };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
