import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { IS_PUBLIC, ROLES, type RequestWithPrincipal } from '@gongkai/platform';
import { AccountStates } from './account-states.service.js';

/**
 * The global guard: deny by default (HOUSE-STYLE rule 6). An operation is open only when marked
 * @Public(), or when the caller holds one of the roles its @Roles(...) names. A valid bearer token
 * is attached to the request as `principal` even on public operations; its roles and agency are
 * the account's current ones, and a disabled account's token counts as no token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accounts: AccountStates,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES, targets);
    const request = requestOf(context);

    const principal = await this.accounts.authenticate(request.headers['authorization']);
    if (principal) request.principal = principal;

    if (isPublic) return true;
    if (!principal) throw new UnauthorizedException('请先登录 (sign in first)');
    if (!roles || !roles.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException('无权执行此操作 (not allowed)');
    }
    return true;
  }
}

function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}
