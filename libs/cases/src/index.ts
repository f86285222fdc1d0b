export * from './lib/cases-api.module.js';
export * from './lib/application-error-code.js';
export * from './lib/cases-jobs.module.js';
