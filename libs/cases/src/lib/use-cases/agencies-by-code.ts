import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Agency } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';

/**
 * How long one api process answers a filing from the agency it last read for that code: a
 * minute. The api has no way to change an agency (only `createAgency`, and an unknown code is
 * never remembered, so a new agency is found at once); an operator's change in the database
 * (a new name or code, an agency removed) reaches every api process within this time, without
 * any message between them (performance.md §4, S1).
 */
export const AGENCY_BY_CODE_TTL_MS = 60_000;

/** What a filing needs of its agency, kept between requests. */
interface KnownAgency {
  readonly row: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly path: string;
    readonly parent: string | null;
    readonly createdAt: Date;
  };
  /** The clock's time of the read: the entry serves from then until `AGENCY_BY_CODE_TTL_MS` later. */
  readonly readAt: number;
}

/**
 * The agencies online filings name by code, read once a minute per code instead of once per
 * filing (one statement of the five a filing ran). Times come from the api's clock, so a test
 * that sets "now" sees the minute pass; a clock set back also ends every entry.
 */
@Injectable()
export class AgenciesByCode {
  private readonly known = new Map<string, KnownAgency>();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** The agency with this code, managed by `em` (no statement while the entry is fresh), or null. */
  async find(em: EntityManager, code: string): Promise<Agency | null> {
    const now = this.clock.now().getTime();
    const known = this.known.get(code);
    if (known && now >= known.readAt && now - known.readAt < AGENCY_BY_CODE_TTL_MS) {
      return em.merge(Agency, { ...known.row });
    }
    const agency = await em.findOne(Agency, { code });
    if (!agency) {
      this.known.delete(code);
      return null;
    }
    this.known.set(code, {
      row: {
        id: agency.id,
        code: agency.code,
        name: agency.name,
        path: agency.path,
        parent: agency.parent?.id ?? null,
        createdAt: agency.createdAt,
      },
      readAt: now,
    });
    return agency;
  }
}
