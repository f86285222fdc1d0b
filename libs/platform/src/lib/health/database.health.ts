import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

const TIMEOUT_MS = 1_000;

/**
 * `select 1` through the ORM's pool within a second. (MikroORM 7 connects lazily, so
 * `checkConnection()` reports "not established" until the first query; a query is the real test.)
 */
export async function pingDatabase(em: {
  getConnection(): { execute(sql: string): Promise<unknown> };
}): Promise<boolean> {
  return Promise.race([
    em
      .getConnection()
      .execute('select 1')
      .then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref()),
  ]).catch(() => false);
}

/** Readiness of PostgreSQL: the pool hands out a connection that answers within a second. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly orm: MikroORM,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.indicators.check(key);
    const ok = await pingDatabase(this.orm.em);
    return ok ? indicator.up() : indicator.down({ message: 'unreachable' });
  }
}
