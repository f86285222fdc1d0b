import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationEventType, EventActorKind } from '@gongkai/data';
import { CLOCK, RateLimitService } from '@gongkai/platform';
import { Channel, type Clock, DomainError, localDateInShanghai } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { AgenciesByCode } from './agencies-by-code.js';
import { ApplicationIntake, type FiledApplication } from './application-intake.js';
import type { ApplicantCommand, RequestedInformationCommand } from './filing-input.js';
import { checkedIdempotencyKey } from './idempotency-key.js';
import { validateFiling } from './validate-filing.js';

export interface SubmitApplicationCommand {
  readonly agencyCode: string;
  readonly idempotencyKey: string;
  readonly applicant: ApplicantCommand;
  readonly request: RequestedInformationCommand;
  /** For the per-address filing limit. */
  readonly clientAddress: string;
  /** A signed-in applicant's account: the application is linked to it. */
  readonly applicantUserId: string | null;
}

/**
 * An applicant files online (public). The application waits in PENDING_CONFIRMATION until an
 * officer confirms receipt (Art. 31(3)); the applicant gets the tracking number and, once, the
 * query code. Same idempotency key and agency again: the same answer, nothing new created.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly intake: ApplicationIntake,
    private readonly agencies: AgenciesByCode,
    private readonly limits: RateLimitService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: SubmitApplicationCommand): Promise<FiledApplication> {
    const today = localDateInShanghai(this.clock.now());
    const idempotencyKey = checkedIdempotencyKey(command.idempotencyKey);
    const filing = validateFiling(command.applicant, command.request, today);
    const em = this.em.fork();
    const agency = await this.agencies.find(em, command.agencyCode.trim());
    if (!agency) {
      throw new DomainError(
        ApplicationErrorCode.UNKNOWN_AGENCY,
        '找不到该行政机关 (no agency with this code)',
      );
    }
    // Counted only for filings that would be accepted: invalid ones cost us nothing.
    await this.limits.consume('submitApplicationPerAddress', command.clientAddress);
    return this.intake.file(em, {
      agency,
      receipt: {
        channel: Channel.ONLINE,
        letterKind: null,
        arrivedOn: today,
        signedForOn: null,
        confirmedOn: null,
      },
      filing,
      type: ApplicationEventType.SUBMITTED,
      actor: { kind: EventActorKind.APPLICANT },
      idempotencyKey,
      applicantUserId: command.applicantUserId,
      asSent: { agencyId: agency.id, filing },
    });
  }
}
