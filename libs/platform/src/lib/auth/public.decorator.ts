import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'gongkai:isPublic';

/**
 * Marks an operation (or controller) as open to anonymous callers. Everything else is denied by
 * the global guard unless the caller is signed in with a role the operation names.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
