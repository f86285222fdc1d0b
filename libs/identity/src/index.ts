export * from './lib/identity-api.module.js';
export * from './lib/current-principal.decorator.js';
export * from './lib/roles.js';
