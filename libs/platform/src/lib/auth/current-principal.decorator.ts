import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, RequestWithPrincipal } from './principal.js';

/**
 * The signed-in caller of a GraphQL operation (the global guard has verified the token). Here in
 * platform so every feature lib can use it without depending on libs/identity.
 */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const req = GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
    if (!req.principal) throw new UnauthorizedException('请先登录 (sign in first)');
    return req.principal;
  },
);

/** The caller of a public operation when a valid token came with it, else null. */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null =>
    GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req.principal ??
    null,
);
