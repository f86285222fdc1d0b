import { Role } from '@gongkai/data';

export const ALL_ROLES = [Role.APPLICANT, Role.OFFICER, Role.SUPERVISOR, Role.ADMIN];
