import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { RefreshToken } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import { revokeFamily } from './refresh-session.use-case.js';
import { hashRefreshToken } from './session.service.js';

/**
 * Ends a sign-in session: revokes every refresh token of the given token's family. Idempotent,
 * and silent about unknown tokens (a client that signs out twice sees the same answer).
 */
@Injectable()
export class LogoutUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(refreshToken: string): Promise<void> {
    const em = this.em.fork();
    const token = await em.findOne(RefreshToken, { tokenHash: hashRefreshToken(refreshToken) });
    if (token) await revokeFamily(em, token.family, this.clock.now());
  }
}
