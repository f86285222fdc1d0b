import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError } from '@gongkai/rules';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { outlineError } from './error-outline.js';

/** Codes for failures that are not domain rules (auth, validation, limits, the unexpected). */
export const ErrorCode = {
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  RATE_LIMITED: 'REQUEST.RATE_LIMITED',
  BAD_REQUEST: 'REQUEST.INVALID',
  NOT_FOUND: 'REQUEST.NOT_FOUND',
  INTERNAL: 'INTERNAL',
} as const;

const httpStatusCodes: Partial<Record<number, string>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_REQUEST,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
};

// Apollo's own codes for errors found before any resolver runs (parse, validation, limits).
const apolloCodes: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL.PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL.VALIDATION_FAILED',
  BAD_USER_INPUT: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: 'GRAPHQL.PERSISTED_QUERY_NOT_FOUND',
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
};

/**
 * One mapping from thrown errors to `extensions.code` (HOUSE-STYLE rule 5). Stack traces and
 * unexpected messages never reach the client.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      // `code` last: a detail that happens to be called `code` never replaces the error code.
      extensions: { ...original.details, code: original.code },
    };
  }
  if (original instanceof HttpException) {
    const code = httpStatusCodes[original.getStatus()] ?? ErrorCode.BAD_REQUEST;
    return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = formatted.extensions?.['code'];
  if (typeof apolloCode === 'string' && apolloCode in apolloCodes) {
    return { ...base, extensions: { code: apolloCodes[apolloCode] } };
  }
  logUnexpected(original);
  return {
    message: '服务器内部错误 (internal error)',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}

const logger = new Logger('GraphQL');

/**
 * Logs an unexpected error by class, driver code and stack frames (`outlineError`): the message
 * is left out, as it can quote the values (personal data) that caused it.
 */
function logUnexpected(error: unknown): void {
  if (!(error instanceof Error)) {
    logger.error({ msg: 'unexpected non-error thrown', type: typeof error });
    return;
  }
  logger.error({ msg: 'unexpected error in a GraphQL operation', ...outlineError(error) });
}
