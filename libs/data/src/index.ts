export * from './entities/index.js';
export * from './mikro-orm.config.js';
export * from './data.module.js';
export * from './repositories/tracking-numbers.js';
export * from './access/agency-access.js';
export * from './calendar/working-calendar.source.js';
export * from './sql/bound-query.js';
