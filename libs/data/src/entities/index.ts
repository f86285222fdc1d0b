import { Agency } from './agency.entity.js';
import { EmailMessage } from './email-message.entity.js';
import { User } from './user.entity.js';

export * from './agency.entity.js';
export * from './email-message.entity.js';
export * from './user.entity.js';

/** Every entity, listed explicitly (no folder discovery: it breaks under bundlers and jest). */
export const ENTITIES = [Agency, User, EmailMessage];
