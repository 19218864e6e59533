export * from './client';
export * from './migrate';
export * from './reusable-query';
export * as schema from './schema/index';
export * from './sql-text';
