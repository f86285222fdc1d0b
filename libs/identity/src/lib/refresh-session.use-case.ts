import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { RefreshToken, User } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { IdentityErrorCode } from './identity-error-code.js';
import { hashRefreshToken, SessionService, type SessionTokens } from './session.service.js';

type Outcome =
  { kind: 'ROTATED'; tokens: SessionTokens; user: User } | { kind: 'INVALID' } | { kind: 'REUSED' };

/**
 * Trades a refresh token for a new access token and the next refresh token (rotation). The old
 * token is revoked in the same transaction, under a row lock, so two concurrent refreshes with
 * one token cannot both succeed: the second sees a rotated token, which is treated as theft and
 * revokes the whole family (a token revoked by sign-out is merely invalid). A disabled account cannot refresh.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(refreshToken: string): Promise<{ tokens: SessionTokens; user: User }> {
    // The family revocation must commit, so the transaction returns an outcome and the error
    // is thrown after it.
    const outcome = await this.em.fork().transactional(async (em): Promise<Outcome> => {
      const now = this.clock.now();
      const current = await em.findOne(
        RefreshToken,
        { tokenHash: hashRefreshToken(refreshToken) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!current || current.expiresAt <= now) return { kind: 'INVALID' };
      if (current.rotatedAt !== null) {
        await revokeFamily(em, current.family, now);
        return { kind: 'REUSED' };
      }
      if (current.revokedAt !== null) return { kind: 'INVALID' };
      current.revokedAt = now;
      current.rotatedAt = now;
      const user = await em.findOne(User, { id: current.user.id, disabledAt: null });
      if (!user) {
        await revokeFamily(em, current.family, now);
        return { kind: 'INVALID' };
      }
      const tokens = await this.sessions.issue(em, user, current.family);
      return { kind: 'ROTATED', tokens, user };
    });
    if (outcome.kind === 'REUSED') {
      throw new DomainError(
        IdentityErrorCode.REFRESH_TOKEN_REUSED,
        '登录凭证已被使用过，请重新登录 (refresh token reused; sign in again)',
      );
    }
    if (outcome.kind === 'INVALID') {
      throw new DomainError(
        IdentityErrorCode.INVALID_REFRESH_TOKEN,
        '登录已失效，请重新登录 (session expired; sign in again)',
      );
    }
    return outcome;
  }
}

/** Revokes every live token of a sign-in session. */
export async function revokeFamily(em: EntityManager, family: string, now: Date): Promise<void> {
  await em.nativeUpdate(RefreshToken, { family, revokedAt: null }, { revokedAt: now });
}
