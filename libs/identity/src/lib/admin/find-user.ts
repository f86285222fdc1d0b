import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { IdentityErrorCode } from '../identity-error-code.js';

export async function findUserOrFail(em: EntityManager, userId: string): Promise<User> {
  const user = /^[0-9a-f-]{36}$/i.test(userId)
    ? await em.findOne(User, userId, { populate: ['agency'] })
    : null;
  if (!user) {
    throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, '找不到该用户 (no such user)');
  }
  return user;
}
