import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Agency, ApplicationEventType, EventActorKind, type ReceiptFacts } from '@gongkai/data';
import { CLOCK, ErrorCode, type Principal } from '@gongkai/platform';
import {
  Channel,
  type Clock,
  DomainError,
  isUuid,
  LetterKind,
  LifecycleErrorCode,
  type LocalDate,
  localDateInShanghai,
} from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { assertMayActFor } from './agency-access.js';
import { ApplicationIntake, type FiledApplication } from './application-intake.js';
import type { ApplicantCommand, RequestedInformationCommand } from './filing-input.js';
import { checkedIdempotencyKey } from './idempotency-key.js';
import { validateFiling } from './validate-filing.js';

export interface RegisterApplicationCommand {
  readonly principal: Principal;
  /** Defaults to the officer's own agency; a supervisor may name one below it. */
  readonly agencyId?: string | null;
  readonly channel: Channel;
  readonly letterKind?: LetterKind | null;
  /** Handed in, letter or fax arrived; defaults to today (for registered post: signedForOn). */
  readonly arrivedOn?: LocalDate | null;
  readonly signedForOn?: LocalDate | null;
  readonly confirmedOn?: LocalDate | null;
  readonly applicant: ApplicantCommand;
  readonly request: RequestedInformationCommand;
  readonly idempotencyKey?: string | null;
}

/**
 * An officer enters an application that came in person, by letter, by fax or by e-mail. The
 * legal receipt date follows Art. 31 from the evidence given: in person → that day; registered
 * post → the day signed for; ordinary letter, fax, e-mail → the confirmation day, or none yet
 * (PENDING_CONFIRMATION until `confirmReceipt`).
 */
@Injectable()
export class RegisterApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly intake: ApplicationIntake,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RegisterApplicationCommand): Promise<FiledApplication> {
    const today = localDateInShanghai(this.clock.now());
    const em = this.em.fork();
    const agencyId = command.agencyId ?? command.principal.agencyId;
    if (agencyId === null) {
      throw new DomainError(ErrorCode.FORBIDDEN, '账号未归属任何机关 (no agency on this account)');
    }
    const agency = isUuid(agencyId) ? await em.findOne(Agency, agencyId) : null;
    if (!agency) {
      throw new DomainError(
        ApplicationErrorCode.UNKNOWN_AGENCY,
        '找不到该行政机关 (no such agency)',
      );
    }
    await assertMayActFor(em, command.principal, agency);

    const idempotencyKey =
      command.idempotencyKey == null || command.idempotencyKey.trim() === ''
        ? null
        : checkedIdempotencyKey(command.idempotencyKey);
    const receipt = receiptFacts(command, today);
    const filing = validateFiling(command.applicant, command.request, today);
    return this.intake.file(em, {
      agency,
      receipt,
      filing,
      type: ApplicationEventType.REGISTERED,
      actor: { kind: EventActorKind.USER, userId: command.principal.userId },
      idempotencyKey,
      asSent: {
        agencyId: agency.id,
        channel: command.channel,
        letterKind: command.letterKind ?? null,
        arrivedOn: command.arrivedOn ?? null,
        signedForOn: command.signedForOn ?? null,
        confirmedOn: command.confirmedOn ?? null,
        filing,
      },
    });
  }
}

/** The evidence a channel takes (Art. 31), with its defaults; other evidence is refused. */
function receiptFacts(command: RegisterApplicationCommand, today: LocalDate): ReceiptFacts {
  const letterKind = command.letterKind ?? null;
  const signedForOn = command.signedForOn ?? null;
  const confirmedOn = command.confirmedOn ?? null;
  const registered = command.channel === Channel.LETTER && letterKind === LetterKind.REGISTERED;
  const refuse = (field: string, present: boolean) => {
    if (present) {
      throw new DomainError(
        ApplicationErrorCode.FIELD_NOT_ALLOWED,
        '该收件凭证不适用于此渠道 (this receipt evidence does not apply to the channel)',
        { field, channel: command.channel },
      );
    }
  };
  refuse('letterKind', command.channel !== Channel.LETTER && letterKind !== null);
  refuse('signedForOn', !registered && signedForOn !== null);
  refuse(
    'confirmedOn',
    (command.channel === Channel.IN_PERSON || registered) && confirmedOn !== null,
  );

  const arrivedOn = command.arrivedOn ?? (registered ? signedForOn : null) ?? today;
  if (registered && signedForOn !== null && arrivedOn > signedForOn) {
    throw new DomainError(
      LifecycleErrorCode.RECEIPT_EVIDENCE_INCONSISTENT,
      'A letter cannot be signed for before it arrived.',
      { field: 'signedForOn' },
    );
  }
  return { channel: command.channel, letterKind, arrivedOn, signedForOn, confirmedOn };
}
