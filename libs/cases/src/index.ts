export * from './lib/cases-api.module.js';
export * from './lib/application-error-code.js';
