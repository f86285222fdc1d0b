export * from './lib/reporting-api.module.js';
export * from './lib/reporting-jobs.module.js';
export * from './lib/statistics/agency-scope.js';
export * from './lib/statistics/quarterly-statistics.js';
export * from './lib/annual-report/annual-report-data.js';
