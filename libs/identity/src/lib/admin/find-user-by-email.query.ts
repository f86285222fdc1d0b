import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '@gongkai/data';
import { checkedEmail } from '../account-input.js';

/**
 * Admin: the account with this e-mail (compared as stored: trimmed, lower-cased), or null; a
 * malformed address is ACCOUNT.INVALID_INPUT. For filters that start from an address, such as
 * the audit trail's.
 */
@Injectable()
export class FindUserByEmailQuery {
  constructor(private readonly em: EntityManager) {}

  execute(email: string): Promise<User | null> {
    return this.em.fork().findOne(User, { email: checkedEmail(email) });
  }
}
