import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { RefreshToken, type User } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import { AccessTokenService } from './access-token.service.js';

/** A refresh token lives 14 days from its issue; each refresh issues the next one. */
export const REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 60 * 60;

/** What a sign-in, a refresh or a registration hands the client. */
export interface SessionTokens {
  accessToken: string;
  expiresAt: Date;
  /** Opaque, shown once; only its hash is stored. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** SHA-256 of a refresh token: 256 random bits need no slow hash. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues the token pair of a session; the caller's transaction persists the refresh token. */
@Injectable()
export class SessionService {
  constructor(
    private readonly accessTokens: AccessTokenService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Access token plus a new refresh token of `family` (a fresh family for a new sign-in). Persists
   * the refresh token in `em`; the caller flushes.
   */
  async issue(
    em: EntityManager,
    user: User,
    family: string = randomUUID(),
  ): Promise<SessionTokens> {
    const now = this.clock.now();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000);
    em.persist(
      new RefreshToken({
        userId: user.id,
        family,
        tokenHash: hashRefreshToken(refreshToken),
        expiresAt: refreshTokenExpiresAt,
        now,
      }),
    );
    const { token, expiresAt } = await this.accessTokens.issue(
      { userId: user.id, roles: user.roles, agencyId: user.agency?.id ?? null },
      user.credentialsVersion,
    );
    return { accessToken: token, expiresAt, refreshToken, refreshTokenExpiresAt };
  }
}
