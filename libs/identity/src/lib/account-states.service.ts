import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type Principal } from '@gongkai/platform';
import { AccessTokenService } from './access-token.service.js';

/** Accounts remembered at once; the oldest read is dropped first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly readAt: number;
  /** null: no such account, or it is disabled. */
  readonly principal: Principal | null;
  readonly credentialsVersion: number;
}

/**
 * The account behind a valid access token, as it is now: a disabled account is refused at once
 * (not when its 15-minute token runs out), so is a token issued before the password last changed
 * (its credentials version is older), and changed roles or agency apply to the next request.
 * One primary-key read per account and process per `ACCOUNT_STATE_TTL_MS` (5 s); the admin use
 * cases forget the account they change, so this process sees the change immediately and every
 * other within that time.
 */
@Injectable()
export class AccountStates {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;

  constructor(
    private readonly em: EntityManager,
    private readonly tokens: AccessTokenService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlMs = config.accountStateTtlMs;
  }

  /**
   * The caller of a request with this `Authorization` header value: null without a bearer token,
   * with an expired or forged one, or when the account is gone or disabled.
   */
  async authenticate(authorization: unknown): Promise<Principal | null> {
    if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return null;
    // The token proves who signed in; whether the account still works, and with which roles
    // and agency, is read from the account.
    const claimed = await this.tokens.verify(authorization.slice(7));
    if (!claimed) return null;
    const account = await this.current(claimed.userId);
    return account.credentialsVersion === claimed.credentialsVersion ? account.principal : null;
  }

  private async current(userId: string): Promise<Entry> {
    const cached = this.entries.get(userId);
    if (cached && Date.now() - cached.readAt < this.ttlMs) return cached;
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ roles: string[]; agency_id: string | null; credentials_version: number }[]>(
        `select "roles", "agency_id", "credentials_version" from "app_user" where "id" = ? and "disabled_at" is null`,
        [userId],
      );
    const row = rows[0];
    const entry: Entry = {
      readAt: Date.now(),
      principal: row ? { userId, roles: row.roles, agencyId: row.agency_id } : null,
      credentialsVersion: row?.credentials_version ?? -1,
    };
    this.entries.delete(userId);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(userId, entry);
    return entry;
  }

  /** After the account changed (an admin, a new password): the next request reads it again. */
  forget(userId: string): void {
    this.entries.delete(userId);
  }
}
