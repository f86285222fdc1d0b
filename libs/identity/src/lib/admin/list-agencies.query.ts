import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Agency, Role } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';

/**
 * The agency tree in path order (every parent before its children): all of it for admins, a
 * supervisor's own subtree otherwise. One indexed prefix match.
 */
@Injectable()
export class ListAgenciesQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(principal: Principal): Promise<Agency[]> {
    const em = this.em.fork();
    if (principal.roles.includes(Role.ADMIN)) {
      return em.find(Agency, {}, { orderBy: { path: 'asc' } });
    }
    const own = principal.agencyId ? await em.findOne(Agency, principal.agencyId) : null;
    if (!own) return [];
    // Paths are uuids and slashes: nothing in them is a LIKE wildcard.
    return em.find(Agency, { path: { $like: `${own.path}%` } }, { orderBy: { path: 'asc' } });
  }
}
