import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One registry per process; default Node metrics plus ours, all prefixed `gongkai_`. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'gongkai_' });

export const graphqlOperations = new Counter({
  name: 'gongkai_graphql_operations_total',
  help: 'GraphQL operations by type and outcome',
  labelNames: ['type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'gongkai_graphql_operation_duration_seconds',
  help: 'GraphQL operation duration',
  labelNames: ['type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

/** SQL statements sent through the ORM: a page that costs N+1 queries shows up here. */
export const databaseQueries = new Counter({
  name: 'gongkai_db_queries_total',
  help: 'SQL statements sent to PostgreSQL through the ORM',
  registers: [metricsRegistry],
});
