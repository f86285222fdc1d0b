import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

/** The caller's address as Fastify resolved it (behind TRUST_PROXY proxies, the forwarded one). */
export function clientAddressOf(context: ExecutionContext): string {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { ip?: string } }>().req
      : context.switchToHttp().getRequest<{ ip?: string }>();
  return req.ip ?? 'unknown';
}

/** Resolver parameter: the caller's address, for rate limits. Never logged with personal data. */
export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext) =>
  clientAddressOf(context),
);
