// @gongkai/rules: the law as pure TypeScript. No framework, database or I/O imports.
export * from './lib/errors/index.js';
export * from './lib/date/index.js';
export * from './lib/calendar/index.js';
export * from './lib/clock/index.js';
export * from './lib/outcomes/index.js';
export * from './lib/statistics/index.js';
export * from './lib/fees/index.js';
export * from './lib/validators/index.js';
export * from './lib/lifecycle/index.js';
