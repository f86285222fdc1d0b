import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RateLimitService } from '@gongkai/platform';

/** What the public may know of an agency: enough to pick it when filing, nothing more. */
export interface PublicAgency {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

/** Public: every agency's code, name and parent, in tree order (parents first); rate-limited. */
@Injectable()
export class PublicAgenciesQuery {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
  ) {}

  async execute(clientAddress: string): Promise<PublicAgency[]> {
    await this.limits.consume('publicAgenciesPerAddress', clientAddress);
    const rows = await this.em
      .fork()
      .execute<{ code: string; name: string; parent_code: string | null }[]>(
        `select a.code, a.name, p.code as parent_code
         from agency a left join agency p on p.id = a.parent_id
        order by a.path`,
      );
    return rows.map((r) => ({ code: r.code, name: r.name, parentCode: r.parent_code }));
  }
}
