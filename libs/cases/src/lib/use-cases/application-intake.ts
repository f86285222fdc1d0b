import { randomUUID } from 'node:crypto';
import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Agency,
  Application,
  type ApplicationEventType,
  type EventActor,
  OutboxMessage,
  type ReceiptFacts,
  nextTrackingNumber,
  User,
} from '@gongkai/data';
import {
  CLOCK,
  DataProtection,
  deriveQueryCode,
  hashQueryCode,
  normalizeQueryCode,
} from '@gongkai/platform';
import {
  type Clock,
  DomainError,
  localDateInShanghai,
  type ReceiptArticle,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';

import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import type { ValidatedFiling } from './validate-filing.js';

/** How the legal receipt date is (or will be) fixed, for the response. */
export interface ReceiptOutcome {
  readonly status: 'RECEIVED' | 'AWAITING_CONFIRMATION';
  readonly receivedOn: string | null;
  readonly article: ReceiptArticle;
  readonly explanation: string;
}

export interface FiledApplication {
  readonly application: Application;
  /** Shown once to whoever filed; only its hash is stored. */
  readonly queryCode: string;
  readonly receipt: ReceiptOutcome;
}

export interface FilingCommand {
  readonly agency: Agency;
  readonly receipt: ReceiptFacts;
  readonly filing: ValidatedFiling;
  readonly type: ApplicationEventType.SUBMITTED | ApplicationEventType.REGISTERED;
  readonly actor: EventActor;
  /** With a key, a repeat of the same filing returns the first result and creates nothing. */
  readonly idempotencyKey: string | null;
  /** The signed-in applicant filing for themselves, so the filing shows in `myApplications`. */
  readonly applicantUserId?: string | null;
  /** The filing as the client sent it (before defaults), for the idempotency check. */
  readonly asSent: unknown;
}

const IDEMPOTENCY_CONSTRAINT = 'application_idempotency_key_unique';

/**
 * The mechanics shared by online submission and officer registration: check and derive
 * everything in memory, then one short transaction that takes the tracking number, inserts the
 * application, its first event and its acknowledgment outbox row. A repeated idempotency key is
 * found by the unique constraint (agency, key), not by a look-up before every filing: the
 * insert fails, the transaction rolls back, and the first filing's answer is returned.
 */
@Injectable()
export class ApplicationIntake {
  constructor(
    private readonly em: EntityManager,
    private readonly protection: DataProtection,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `em` is the use case's fork, the one that loaded `command.agency`. */
  async file(em: EntityManager, command: FilingCommand): Promise<FiledApplication> {
    const now = this.clock.now();
    const today = localDateInShanghai(now);
    const { agency, filing, idempotencyKey } = command;
    const fingerprint =
      idempotencyKey === null
        ? null
        : this.protection.keyedHash('filing-fingerprint', JSON.stringify(command.asSent));
    const id = randomUUID();
    const { idNumber, ...applicant } = filing.applicant;
    const queryCode = deriveQueryCode(this.protection, id);
    const application = new Application({
      id,
      agency,
      receipt: command.receipt,
      applicant: {
        ...applicant,
        idNumberCiphertext:
          idNumber === null
            ? null
            : this.protection.encrypt(idNumber, Application.idNumberContext(id)),
        // Type and number together: the same digits on two kinds of document are two people.
        idNumberHash:
          idNumber === null
            ? null
            : this.protection.keyedHash('id-number', `${applicant.idType}:${idNumber}`),
      },
      request: filing.request,
      queryCodeHash: hashQueryCode(normalizeQueryCode(queryCode) ?? ''),
      idempotencyKey,
      requestFingerprint: fingerprint,
      now,
    });
    if (command.applicantUserId) application.applicantUser = ref(User, command.applicantUserId);
    // Receipt, clock and first status: refused here, before anything is written.
    let filed: ReturnType<Application['recordFiling']>;
    try {
      filed = application.recordFiling(command.type, {
        today,
        calendar: this.calendar,
        actor: command.actor,
        now,
      });
    } catch (error) {
      // A repeat answers as the first filing did, even when today's filing would be refused.
      const earlier = await this.replayIfFiled(agency.id, idempotencyKey, fingerprint);
      if (earlier) return earlier;
      throw error;
    }
    const { event, receipt } = filed;

    try {
      await em.transactional(async (tx) => {
        // The year of the day the application reached the agency (Asia/Shanghai); the insert
        // takes the number and returns it.
        const year = Number(command.receipt.arrivedOn.slice(0, 4));
        application.assignTrackingNumber(nextTrackingNumber(agency, year));
        // Three new rows and nothing else changed: inserted directly, in their foreign keys'
        // order, without the unit of work's change-set computation and commit ordering (a flush
        // would issue the same statements; performance.md §4, S1). Each insert returns what the
        // database fills in (tracking number, version, the event's id) into its entity.
        await tx.insert(application);
        await tx.insert(event);
        await tx.insert(OutboxMessage.create('mail.acknowledgment', { applicationId: id }, now));
      });
    } catch (error) {
      // The key was used before (a repeat, or two requests with one key at once, the loser
      // waiting on the winner's row): the first filing's answer. The transaction rolled back,
      // tracking number included.
      if (
        error instanceof UniqueConstraintViolationException &&
        (error as { constraint?: string }).constraint === IDEMPOTENCY_CONSTRAINT
      ) {
        const earlier = await this.replayIfFiled(agency.id, idempotencyKey, fingerprint);
        if (earlier) return earlier;
      }
      throw error;
    }
    return {
      application,
      queryCode,
      receipt: {
        status: receipt.status,
        receivedOn: application.receivedOn,
        article: receipt.article,
        explanation: receipt.explanation,
      },
    };
  }

  /** The first filing's answer when this key was already used at this agency, else null. */
  private async replayIfFiled(
    agencyId: string,
    key: string | null,
    fingerprint: string | null,
  ): Promise<FiledApplication | null> {
    if (key === null) return null;
    const earlier = await this.em
      .fork()
      .findOne(Application, { agency: agencyId, idempotencyKey: key }, { populate: ['agency'] });
    return earlier ? this.replay(earlier, fingerprint) : null;
  }

  private replay(earlier: Application, fingerprint: string | null): FiledApplication {
    if (earlier.requestFingerprint !== fingerprint) {
      throw new DomainError(
        ApplicationErrorCode.IDEMPOTENCY_KEY_REUSED,
        '该幂等键已用于另一份申请 (this idempotency key was used for a different filing)',
      );
    }
    return {
      application: earlier,
      queryCode: deriveQueryCode(this.protection, earlier.id),
      receipt: {
        status: earlier.receivedOn === null ? 'AWAITING_CONFIRMATION' : 'RECEIVED',
        receivedOn: earlier.receivedOn,
        article: earlier.receiptArticle as ReceiptArticle,
        explanation: earlier.receiptExplanation,
      },
    };
  }
}
