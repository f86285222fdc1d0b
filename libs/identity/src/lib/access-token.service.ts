import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Principal } from '@gongkai/platform';

/** Access tokens live 15 minutes: short enough that a disabled account stops working soon. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessTokenClaims {
  sub: string;
  roles: string[];
  agencyId: string | null;
  /** The account's credentials version at issue (absent in tokens from before it existed: 0). */
  cv?: number;
}

/** What a valid access token claims: who, and under which credentials version it was issued. */
export interface AccessTokenSubject {
  readonly userId: string;
  readonly credentialsVersion: number;
}

@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  async issue(
    principal: Principal,
    credentialsVersion: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const claims: AccessTokenClaims = {
      sub: principal.userId,
      roles: principal.roles,
      agencyId: principal.agencyId,
      cv: credentialsVersion,
    };
    const token = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The subject of a valid token, or null for a missing, expired or forged one. */
  async verify(token: string): Promise<AccessTokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: ['HS256'],
      });
      return { userId: claims.sub, credentialsVersion: claims.cv ?? 0 };
    } catch {
      return null;
    }
  }
}
