export * from './lib/notify-api.module.js';
export * from './lib/notify-jobs.module.js';
export * from './lib/templates/templates.js';
