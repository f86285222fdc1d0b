export * from './lib/identity-api.module.js';
export * from './lib/identity-jobs.module.js';
export * from './lib/roles.js';
export * from './lib/access-token.service.js';
export * from './lib/account-states.service.js';
