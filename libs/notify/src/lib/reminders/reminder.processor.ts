import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { queryBound } from '@gongkai/data';
import {
  APP_CONFIG,
  type AppConfig,
  CLOCK,
  CodedJobFailures,
  deterministicUuid,
  type JobPayloads,
  QueueName,
} from '@gongkai/platform';
import {
  type Clock,
  isLocalDate,
  type LocalDate,
  localDateInShanghai,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { NOTIFY_CALENDAR } from '../support/calendar.provider.js';
import { type EmailRecord, enqueueEmails, recordEmails } from '../support/email-records.js';
import { type StaffMember, staffWithRole } from '../support/staff.js';
import type { ReminderData, SupervisorDigestData } from '../templates/templates.js';
import { type DueItem, findDueItems, scanDays, type ScanDays } from './find-due-items.js';
import { REMINDER_RULES } from './reminder-kinds.js';
import { buildSupervisorDigests } from './supervisor-digests.js';

/** Reminder-log rows written per transaction. */
const BATCH = 500;

export interface ScanResult {
  on: LocalDate;
  skipped: boolean;
  reminders: number;
  emails: number;
}

/**
 * The daily scan: on a working day, records a reminder-log row for everything that fell due (the
 * unique key (application, kind, due date) lets only the first scan decide it) with its e-mails
 * in the same transaction, then the supervisors' digests, then enqueues the mail jobs. A second
 * scan of the same day, a retried one, or one on another worker records nothing new. A crash
 * between commit and enqueue leaves PENDING e-mails that the outbox relay's sweep enqueues.
 */
@Processor(QueueName.REMINDERS, { concurrency: 1 })
export class ReminderProcessor extends WorkerHost {
  private readonly logger = new Logger(ReminderProcessor.name);

  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @InjectQueue(QueueName.MAIL) private readonly mailQueue: Queue<JobPayloads['mail.send']>,
  ) {
    super();
  }

  @CodedJobFailures()
  @CreateRequestContext()
  async process(job: Job<JobPayloads['reminders.scan']>): Promise<ScanResult> {
    return this.scan(job.data.on);
  }

  async scan(requestedOn?: string): Promise<ScanResult> {
    const on =
      requestedOn && isLocalDate(requestedOn) ? requestedOn : localDateInShanghai(this.clock.now());
    if (!this.calendar.isWorkingDay(on)) {
      this.logger.log({ msg: 'reminder scan skipped: not a working day', on });
      return { on, skipped: true, reminders: 0, emails: 0 };
    }
    const days = scanDays(this.calendar, on);
    const staff = new StaffDirectory(this.em);
    const items = await findDueItems(this.em, this.calendar, days);
    let reminders = 0;
    let emails = 0;
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      const addressed = await Promise.all(
        batch.map(async (item) => ({ item, to: await staff.audienceOf(item) })),
      );
      const ids = await this.em.transactional(async (tx) => {
        const logged = await this.insertLog(
          tx,
          days,
          addressed.map(({ item, to }) => ({ item, recipients: to.length })),
        );
        const records: EmailRecord[] = addressed
          .filter(({ item }) => logged.has(logKey(item)))
          .flatMap(({ item, to }) =>
            to.map((person) => this.reminderEmail(logged.get(logKey(item))!, item, person, days)),
          );
        await recordEmails(tx, records, this.clock.now());
        reminders += logged.size;
        return records.map((r) => r.id);
      });
      await enqueueEmails(this.mailQueue, ids);
      emails += ids.length;
    }
    emails += await this.sendDigests(days, staff);
    this.logger.log({ msg: 'reminder scan done', on, reminders, emails });
    return { on, skipped: false, reminders, emails };
  }

  /** Inserts the log rows; returns the ids of those this scan decided (key → id). */
  private async insertLog(
    em: EntityManager,
    days: ScanDays,
    rows: { item: DueItem; recipients: number }[],
  ): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const inserted = await queryBound<{
      id: string;
      application_id: string;
      kind: string;
      due_on: string;
    }>(
      em,
      `insert into "reminder_log" ("id", "application_id", "kind", "due_on", "scanned_on", "recipients", "created_at")
       select gen_random_uuid(), r."applicationId", r.kind, r."dueOn", $2::date, r.recipients, $3::timestamptz
       from json_to_recordset($1::json) as r("applicationId" uuid, kind text, "dueOn" date, recipients int)
       on conflict ("application_id", "kind", "due_on") do nothing
       returning "id", "application_id", "kind", "due_on"::text as "due_on"`,
      [
        JSON.stringify(
          rows.map(({ item, recipients }) => ({
            applicationId: item.applicationId,
            kind: item.kind,
            dueOn: item.dueOn,
            recipients,
          })),
        ),
        days.on,
        this.clock.now(),
      ],
    );
    return new Map(
      inserted.map((row) => [`${row.application_id}|${row.kind}|${row.due_on}`, row.id]),
    );
  }

  private reminderEmail(
    logId: string,
    item: DueItem,
    person: StaffMember,
    days: ScanDays,
  ): EmailRecord {
    const rule = REMINDER_RULES[item.kind];
    const data: ReminderData = {
      agencyName: item.agencyName,
      kind: rule.template,
      applicationId: item.applicationId,
      trackingNumber: item.trackingNumber,
      recipientName: person.displayName,
      dueOn: item.dueOn,
      workingDaysLeft: this.calendar.workingDaysBetween(days.on, item.dueOn).days,
      ...(item.assignee ? { assigneeName: item.assignee.displayName } : {}),
      portalUrl: this.config.portalUrl,
    };
    return {
      id: deterministicUuid(`reminder:${logId}:${person.id}`),
      recipient: person.email,
      template: 'reminder',
      data: { ...data },
    };
  }

  /** One digest per supervisor of each agency with something to look at; once per day. */
  private async sendDigests(days: ScanDays, staff: StaffDirectory): Promise<number> {
    const digests = await buildSupervisorDigests(this.em, days);
    const records: EmailRecord[] = [];
    for (const digest of digests) {
      for (const supervisor of await staff.withRole(digest.agencyId, 'SUPERVISOR')) {
        const data: SupervisorDigestData = {
          agencyName: digest.agencyName,
          recipientName: supervisor.displayName,
          digestOn: days.on,
          overdue: digest.overdue,
          dueThisWeek: digest.dueThisWeek,
          unassigned: digest.unassigned,
          awaitingExtensionDecision: digest.awaitingExtensionDecision,
          portalUrl: this.config.portalUrl,
        };
        records.push({
          id: deterministicUuid(`digest:${digest.agencyId}:${supervisor.id}:${days.on}`),
          recipient: supervisor.email,
          template: 'supervisor-digest',
          data: { ...data },
        });
      }
    }
    await this.em.transactional((tx) => recordEmails(tx, records, this.clock.now()));
    await enqueueEmails(
      this.mailQueue,
      records.map((r) => r.id),
    );
    return records.length;
  }
}

function logKey(item: DueItem): string {
  return `${item.applicationId}|${item.kind}|${item.dueOn}`;
}

/** Officers and supervisors per agency, looked up once per scan. */
class StaffDirectory {
  private readonly cache = new Map<string, Promise<StaffMember[]>>();

  constructor(private readonly em: EntityManager) {}

  withRole(agencyId: string, role: 'SUPERVISOR' | 'OFFICER'): Promise<StaffMember[]> {
    const key = `${agencyId}|${role}`;
    let found = this.cache.get(key);
    if (!found) {
      found = staffWithRole(this.em, agencyId, role);
      this.cache.set(key, found);
    }
    return found;
  }

  async audienceOf(item: DueItem): Promise<StaffMember[]> {
    const audience = REMINDER_RULES[item.kind].audience;
    const assigneeOrOfficers = async () =>
      item.assignee ? [item.assignee] : this.withRole(item.agencyId, 'OFFICER');
    switch (audience) {
      case 'ASSIGNEE':
        return assigneeOrOfficers();
      case 'OFFICERS':
        return this.withRole(item.agencyId, 'OFFICER');
      case 'SUPERVISORS':
        return this.withRole(item.agencyId, 'SUPERVISOR');
      case 'ASSIGNEE_AND_SUPERVISORS': {
        const people = [
          ...(await assigneeOrOfficers()),
          ...(await this.withRole(item.agencyId, 'SUPERVISOR')),
        ];
        return people.filter((p, i) => people.findIndex((q) => q.id === p.id) === i);
      }
    }
  }
}
