import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter.js';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin.js';

/** Limits that stop abusive queries before they run (values in prisma-free-docs/api.md). */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxCost: 5000 } as const;

/** Depth and cost limits; exposing the limits in messages is for development only. */
export function graphqlValidationRules(production: boolean): ValidationRule[] {
  // Report through the validation context (the standard path), instead of throwing.
  const callbacks = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
  };
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, exposeLimits: !production, ...callbacks }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: !production, ...callbacks }),
  ];
}

/**
 * Every GraphQL answer is per caller and may carry personal data: no browser or proxy may keep
 * it (`Cache-Control: no-store`, as Apollo's cache-control plugin sends for an uncacheable
 * answer; that plugin is disabled above).
 */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export interface GraphqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
}

/**
 * Code-first GraphQL over Apollo on Fastify. The schema is built in memory; `npm run
 * schema:generate` prints it to the committed `apps/api/schema.gql`.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => {
        const production = config.env === 'production';
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          // No cache-control hints are used (GraphQL answers are per user; the public downloads
          // set their own Cache-Control), and Apollo's default cache-control plugin wraps every
          // field's resolver, each day of a clock's explanation included (performance.md §4).
          // Without it, `noStorePlugin` sends the `Cache-Control: no-store` it used to send.
          plugins: [
            graphqlMetricsPlugin,
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin,
            ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
          ],
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          validationRules: graphqlValidationRules(production),
          formatError: formatGraphqlError,
          context: ({ request, reply }: { request: FastifyRequest; reply: FastifyReply }) => ({
            req: request,
            reply,
          }),
        };
      },
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
})
export class GraphqlModule {}
