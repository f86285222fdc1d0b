import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlDuration, graphqlOperations } from './metrics.js';

/** Counts and times GraphQL operations by type (query/mutation) and outcome, never by name. */
export const graphqlMetricsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const stop = graphqlDuration.startTimer();
    return {
      async willSendResponse(ctx) {
        const type = ctx.operation?.operation ?? 'invalid';
        stop({ type });
        graphqlOperations.inc({ type, outcome: ctx.errors?.length ? 'error' : 'ok' });
      },
    };
  },
};
