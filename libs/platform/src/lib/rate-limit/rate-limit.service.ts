import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@gongkai/rules';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { DataProtection } from '../crypto/data-protection.js';

/**
 * Limits on public and brute-forceable operations. Counters live in Redis so they hold across api
 * replicas; while Redis is unreachable each process falls back to its own in-memory counters
 * (the limit then applies per replica) rather than failing open or refusing everyone. A counter
 * is keyed by a keyed hash of what it counts (an e-mail address anyone typed, a client address,
 * a tracking number), so Redis holds none of them in the clear.
 */
export const RATE_LIMITS = {
  /** Failed sign-ins per account: 10 in 15 minutes, then 15 minutes blocked. */
  loginFailuresPerAccount: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed sign-ins per client address: 50 an hour. */
  loginFailuresPerAddress: { points: 50, duration: 60 * 60, blockDuration: 15 * 60 },
  /** Applicant sign-ups asked for per client address: 10 an hour (every attempt counts). */
  registerApplicantPerAddress: { points: 10, duration: 60 * 60 },
  /** Applicant sign-ups asked for per e-mail address, registered or not: 3 an hour. */
  registerApplicantPerEmail: { points: 3, duration: 60 * 60 },
  /** Attempts to open an account with a sign-up link, per client address: 20 an hour. */
  confirmSignupPerAddress: { points: 20, duration: 60 * 60 },
  /** Password-reset e-mails asked for per client address: 10 an hour (every attempt counts). */
  passwordResetRequestsPerAddress: { points: 10, duration: 60 * 60 },
  /** Password-reset e-mails asked for per e-mail address, registered or not: 3 an hour. */
  passwordResetRequestsPerAccount: { points: 3, duration: 60 * 60 },
  /** Attempts to set a password with a reset link, per client address: 20 an hour. */
  resetPasswordPerAddress: { points: 20, duration: 60 * 60 },
  /** Online filings per client address: 20 an hour. */
  submitApplicationPerAddress: { points: 20, duration: 60 * 60 },
  /** Tracking look-ups per client address: 60 in 10 minutes. */
  trackApplicationPerAddress: { points: 60, duration: 10 * 60 },
  /** The public list of agencies per client address: 60 in 10 minutes (the filing form loads it once). */
  publicAgenciesPerAddress: { points: 60, duration: 10 * 60 },
  /** Wrong query codes per tracking number: 10 an hour, then an hour blocked. */
  trackFailuresPerTrackingNumber: { points: 10, duration: 60 * 60, blockDuration: 60 * 60 },
  /** Public statistics downloads (XLSX/CSV) per client address: 60 a minute. */
  statisticsDownloadPerAddress: { points: 60, duration: 60 },
} as const;
export type RateLimitPolicy = keyof typeof RATE_LIMITS;

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'REQUEST.RATE_LIMITED',
      `操作过于频繁，请 ${retryAfterSeconds} 秒后再试 (too many attempts)`,
      {
        retryAfterSeconds,
      },
    );
  }
}

@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly limiters: Record<RateLimitPolicy, RateLimiterRedis>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly protection: DataProtection,
  ) {
    this.redis = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      retryStrategy: (times) => Math.min(times * 500, 5_000),
    });
    this.redis.on('error', () => undefined);
    this.limiters = Object.fromEntries(
      Object.entries(RATE_LIMITS).map(([policy, options]) => [
        policy,
        new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          keyPrefix: `${config.queuePrefix}:rl:${policy}`,
          insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: policy }),
        }),
      ]),
    ) as Record<RateLimitPolicy, RateLimiterRedis>;
  }

  /** Counts one event; throws `REQUEST.RATE_LIMITED` once the policy's budget is spent. */
  async consume(policy: RateLimitPolicy, key: string): Promise<void> {
    try {
      await this.limiters[policy].consume(this.keyOf(key));
    } catch (rejection) {
      throw this.toError(rejection);
    }
  }

  /** Throws `REQUEST.RATE_LIMITED` when the budget is already spent, without counting. */
  async assertNotBlocked(policy: RateLimitPolicy, key: string): Promise<void> {
    const state = await this.limiters[policy].get(this.keyOf(key)).catch(() => null);
    if (state && state.remainingPoints <= 0 && state.msBeforeNext > 0) {
      throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
    }
  }

  /** Forgets the key's count (e.g. after a successful sign-in). */
  async reset(policy: RateLimitPolicy, key: string): Promise<void> {
    await this.limiters[policy].delete(this.keyOf(key)).catch(() => undefined);
  }

  private keyOf(key: string): string {
    return this.protection.keyedHash('rate-limit', key);
  }

  private toError(rejection: unknown): Error {
    if (rejection instanceof RateLimiterRes) {
      return new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    return rejection instanceof Error ? rejection : new Error('rate limiter failed');
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
