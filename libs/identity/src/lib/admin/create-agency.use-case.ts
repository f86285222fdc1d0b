import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Agency, AuditAction, AuditEntry } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { IdentityErrorCode } from '../identity-error-code.js';
import { findAgencyOrFail } from './admin-scope.js';

export interface CreateAgencyCommand {
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
  /** The admin creating it (the audit trail). */
  readonly actorId: string;
}

/** Upper-case letters and digits in hyphen-separated parts: it starts every tracking number. */
const AGENCY_CODE = /^[A-Z0-9]{1,16}(?:-[A-Z0-9]{1,16})*$/;
const AGENCY_CODE_MAX = 32;
const AGENCY_NAME_MAX = 200;

function invalid(field: string, message: string): DomainError {
  return new DomainError(IdentityErrorCode.INVALID_INPUT, message, { field, reason: 'FORMAT' });
}

/** Admin: a new agency, at the root or under a parent. Codes are unique and never reused. */
@Injectable()
export class CreateAgencyUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateAgencyCommand): Promise<Agency> {
    const code = command.code.trim().toUpperCase();
    const name = command.name.trim();
    if (!AGENCY_CODE.test(code) || code.length > AGENCY_CODE_MAX) {
      throw invalid('code', '机关代码须为大写字母、数字和连字符，最多 32 位 (agency code format)');
    }
    if (name === '' || name.length > AGENCY_NAME_MAX) {
      throw invalid('name', `机关名称须为 1–${AGENCY_NAME_MAX} 个字符 (agency name length)`);
    }
    const em = this.em.fork();
    const parent = command.parentId === null ? null : await findAgencyOrFail(em, command.parentId);
    const agency = new Agency({ code, name, parent });
    try {
      em.persist(agency);
      em.persist(
        new AuditEntry({
          actorId: command.actorId,
          action: AuditAction.AGENCY_CREATED,
          now: this.clock.now(),
          agencyId: agency.id,
          changes: [
            { field: 'code', before: null, after: code },
            { field: 'parentId', before: null, after: parent?.id ?? null },
          ],
        }),
      );
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError(
          IdentityErrorCode.AGENCY_CODE_TAKEN,
          '该机关代码已被使用 (agency code taken)',
          { agencyCode: code },
        );
      }
      throw error;
    }
    return agency;
  }
}
