export * from './accounts';
export * from './audit';
export * from './divisions';
export * from './forms';
export * from './party';
export * from './plugins';
export * from './tenants';
export * from './villages';
