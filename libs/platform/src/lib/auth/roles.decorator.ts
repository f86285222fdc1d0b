import { SetMetadata } from '@nestjs/common';

export const ROLES = 'gongkai:roles';

/** The roles allowed to call an operation. Without this (or @Public) the global guard denies. */
export const Roles = (...roles: string[]) => SetMetadata(ROLES, roles);
