export * from './accounts';
export * from './audit';
export * from './divisions';
export * from './tenants';
export * from './villages';
export * from './plugins';
export * from './party';
export * from './forms';
