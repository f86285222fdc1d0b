import { randomUUID } from 'node:crypto';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { type JobPayloads, QueueName } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import {
  type AgencyRow,
  createAgency,
  createTestDatabase,
  createUser,
  deleteRedisPrefix,
  integrationConfig,
  SmtpSink,
  startJobsContext,
  TEST_REDIS_URL,
  type TestDatabase,
  type UserRow,
  waitForQueuesIdle,
} from '@gongkai/testing';
import { NotifyJobsModule } from '../notify-jobs.module.js';
import { REMINDER_SCHEDULER_ID, ReminderScheduler } from './reminder-scheduler.service.js';

/**
 * The daily reminder scan against real PostgreSQL, Redis and SMTP, with an injected clock: two
 * worker contexts share the queues, and every day is scanned twice. The calendar is the national
 * one: around National Day 2024 (1–7 October off; Sunday 29 September and Saturday 12 October
 * are make-up working days).
 */
describe('reminders (integration)', () => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  const workers: INestApplicationContext[] = [];
  let queue: Queue<JobPayloads['reminders.scan']>;
  const prefix = `{test-ntf-reminders-${process.pid}}`;
  let now = new Date('2024-09-27T00:30:00Z');
  const clock: Clock = { now: () => now };
  let agency: AgencyRow;
  let officer: UserRow;
  let officer2: UserRow;
  let supervisor: UserRow;

  const insertApplication = async (props: {
    trackingNumber: string;
    status: string;
    channel?: string;
    arrivedOn: string;
    replyDueOn?: string | null;
    supplementNoticeDueOn?: string | null;
    assigneeId?: string | null;
  }): Promise<string> => {
    const id = randomUUID();
    await db.pool.query(
      `insert into application (id, agency_id, tracking_number, channel, arrived_on, received_on,
         receipt_article, receipt_explanation, applicant_kind, description, requested_form,
         obtaining_method, status, provisional, query_code_hash, version, created_at, updated_at,
         reply_due_on, supplement_notice_due_on, assignee_id)
       values ($1, $2, $3, $4, $5, $6, '31(1)', '-', 'NATURAL_PERSON', '测试', 'EMAIL', 'EMAIL',
         $7, false, 'x', 1, now(), now(), $8, $9, $10)`,
      [
        id,
        agency.id,
        props.trackingNumber,
        props.channel ?? 'IN_PERSON',
        props.arrivedOn,
        props.status === 'PENDING_CONFIRMATION' ? null : props.arrivedOn,
        props.status,
        props.replyDueOn ?? null,
        props.supplementNoticeDueOn ?? null,
        props.assigneeId ?? null,
      ],
    );
    return id;
  };

  /** Sets the clock to 08:30 in Shanghai on `day` and runs the scan twice; waits for the mail. */
  const scanTwice = async (day: string) => {
    now = new Date(`${day}T00:30:00Z`);
    await queue.add('reminders.scan', {}, { jobId: `first_${day}` });
    await queue.add('reminders.scan', {}, { jobId: `again_${day}` });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix, 30_000);
  };

  const logged = async () =>
    (
      await db.pool.query(
        `select l.scanned_on::text as day, a.tracking_number as app, l.kind
         from reminder_log l join application a on a.id = l.application_id
         order by l.scanned_on, a.tracking_number, l.kind`,
      )
    ).rows;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    [db, smtp] = await Promise.all([createTestDatabase(), SmtpSink.start()]);
    const config = integrationConfig({
      databaseUrl: db.url,
      smtpUrl: smtp.url,
      queuePrefix: prefix,
    });
    for (let i = 0; i < 2; i += 1) {
      workers.push(await startJobsContext({ config, jobs: NotifyJobsModule, clock }));
    }
    queue = new Queue(QueueName.REMINDERS, { connection: { url: TEST_REDIS_URL }, prefix });
    agency = await createAgency(db.pool, { name: '长沙市提醒测试局' });
    officer = await createUser(db.pool, { roles: ['OFFICER'], agency });
    officer2 = await createUser(db.pool, { roles: ['OFFICER'], agency });
    supervisor = await createUser(db.pool, { roles: ['SUPERVISOR'], agency });
  });

  afterAll(async () => {
    await queue?.close();
    for (const worker of workers) await worker.close();
    await smtp?.stop();
    await db?.drop();
    await deleteRedisPrefix(TEST_REDIS_URL, prefix);
  });

  it('registers one schedule at 08:30 Asia/Shanghai however many workers start', async () => {
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: REMINDER_SCHEDULER_ID,
      pattern: '30 8 * * *',
      tz: 'Asia/Shanghai',
    });
  });

  it('reminds on the right working days around National Day, escalates, digests, each once', async () => {
    await insertApplication({
      trackingNumber: 'R-1',
      status: 'IN_PROGRESS',
      arrivedOn: '2024-09-13',
      replyDueOn: '2024-10-14',
      supplementNoticeDueOn: '2024-09-24',
      assigneeId: officer.id,
    });
    await insertApplication({
      trackingNumber: 'R-2',
      status: 'PENDING_CONFIRMATION',
      channel: 'ONLINE',
      arrivedOn: '2024-09-27',
    });
    for (let day = new Date('2024-09-27'); day <= new Date('2024-10-15');) {
      await scanTwice(day.toISOString().slice(0, 10));
      day = new Date(day.getTime() + 86_400_000);
    }

    expect(await logged()).toEqual([
      // Sunday 29 September is a working day: the online filing of Friday is due for confirmation.
      { day: '2024-09-29', app: 'R-2', kind: 'CONFIRMATION_PENDING' },
      { day: '2024-09-29', app: 'R-2', kind: 'UNASSIGNED' },
      // Nothing during the holiday; the first working day after it is 5 working days before the 14th.
      { day: '2024-10-08', app: 'R-1', kind: 'REPLY_DUE_IN_5' },
      // Saturday 12 October is a working day, the last before the due date.
      { day: '2024-10-12', app: 'R-1', kind: 'REPLY_DUE_IN_1' },
      { day: '2024-10-14', app: 'R-1', kind: 'REPLY_DUE_TODAY' },
      { day: '2024-10-15', app: 'R-1', kind: 'REPLY_OVERDUE' },
    ]);

    const reminders = smtp.messages.filter((m) => m.subject.includes('提醒：'));
    const summary = reminders
      .map((m) =>
        `${m.to.join(',')} ${m.subject}`
          .replace(officer.email, 'officer')
          .replace(officer2.email, 'officer2')
          .replace(supervisor.email, 'supervisor'),
      )
      .sort();
    expect(summary).toEqual(
      [
        'officer 【政府信息公开】提醒：网上申请待确认收到（登记号：R-2）',
        'officer2 【政府信息公开】提醒：网上申请待确认收到（登记号：R-2）',
        'supervisor 【政府信息公开】提醒：申请尚未分配经办人（登记号：R-2）',
        'officer 【政府信息公开】提醒：答复期限还剩5个工作日（登记号：R-1）',
        'officer 【政府信息公开】提醒：答复期限还剩1个工作日（登记号：R-1）',
        'officer 【政府信息公开】提醒：今日为答复期限届满日（登记号：R-1）',
        'officer 【政府信息公开】提醒：已超过答复期限（登记号：R-1）',
        'supervisor 【政府信息公开】提醒：已超过答复期限（登记号：R-1）',
      ].sort(),
    );
    const overdue = reminders.find(
      (m) => m.to.includes(supervisor.email) && m.subject.includes('已超过答复期限'),
    )!;
    expect(overdue.text).toContain('2024年10月14日');
    expect(overdue.text).toContain('已逾期1个工作日');

    // One digest per working day (R-2 stays unassigned), none on the days off.
    const digests = smtp.messages.filter((m) => m.subject.includes('督办摘要'));
    expect(digests.every((m) => m.to.join() === supervisor.email)).toBe(true);
    expect(digests.map((m) => /督办摘要（(.*?)）/.exec(m.subject)?.[1])).toEqual([
      '2024年9月27日',
      '2024年9月29日',
      '2024年9月30日',
      '2024年10月8日',
      '2024年10月9日',
      '2024年10月10日',
      '2024年10月11日',
      '2024年10月12日',
      '2024年10月14日',
      '2024年10月15日',
    ]);
    const last = digests.at(-1)!;
    expect(last.subject).toContain('逾期1件，本周到期0件');
    expect(last.text).toContain('R-1');
    expect(last.text).toContain('R-2');
  }, 120_000);

  it('a changed due date is a new reminder', async () => {
    const id = await insertApplication({
      trackingNumber: 'R-3',
      status: 'IN_PROGRESS',
      arrivedOn: '2024-10-08',
      replyDueOn: '2024-10-16',
      assigneeId: officer.id,
    });
    await scanTwice('2024-10-16');
    await db.pool.query(`update application set reply_due_on = '2024-10-17' where id = $1`, [id]);
    await scanTwice('2024-10-17');
    const rows = (await logged()).filter((r) => r.app === 'R-3');
    expect(rows).toEqual([
      { day: '2024-10-16', app: 'R-3', kind: 'REPLY_DUE_TODAY' },
      { day: '2024-10-17', app: 'R-3', kind: 'REPLY_DUE_TODAY' },
    ]);
  }, 60_000);

  it('a paused clock is not overdue: a consultation wait is reminded of its answer, not of the reply', async () => {
    // The stored due date is the projection of the day the consultation started; it lies behind.
    const id = await insertApplication({
      trackingNumber: 'R-4',
      status: 'AWAITING_CONSULTATION',
      arrivedOn: '2024-09-02',
      replyDueOn: '2024-09-30',
      assigneeId: officer.id,
    });
    await db.pool.query(
      `insert into consultation (id, application_id, kind, party_name, sent_on, answer_due_on, created_at)
       values ($1, $2, 'THIRD_PARTY', '第三方公司', '2024-09-20', '2024-10-21', now())`,
      [randomUUID(), id],
    );
    await scanTwice('2024-10-21');
    const rows = (await logged()).filter((r) => r.app === 'R-4');
    expect(rows).toEqual([{ day: '2024-10-21', app: 'R-4', kind: 'CONSULTATION_ANSWER_DUE' }]);
    const digest = smtp.messages.filter((m) => m.subject.includes('督办摘要（2024年10月21日）'));
    expect(digest).toHaveLength(1);
    // Assigned, no extension asked: a paused application is in no section of the digest.
    expect(digest[0]!.text).not.toContain('R-4');
  }, 60_000);

  it('catches up after downtime: a worker starting after 08:30 on a working day scans today, once', async () => {
    const scheduler = workers[0]!.get(ReminderScheduler);
    now = new Date('2024-10-07T03:00:00Z'); // a holiday: nothing to catch up
    await scheduler.ensure();
    expect(await queue.getJob('reminders.scan_2024-10-07')).toBeUndefined();
    now = new Date('2024-10-18T00:10:00Z'); // 08:10: the schedule will run
    await scheduler.ensure();
    expect(await queue.getJob('reminders.scan_2024-10-18')).toBeUndefined();
    now = new Date('2024-10-18T03:00:00Z'); // 11:00 on a working day
    await scheduler.ensure();
    await workers[1]!.get(ReminderScheduler).ensure();
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    const job = await queue.getJob('reminders.scan_2024-10-18');
    expect(await job?.getState()).toBe('completed');
    expect(job?.returnvalue).toMatchObject({ on: '2024-10-18', skipped: false });
    expect((await queue.getJobSchedulers()).length).toBe(1);
  }, 60_000);
});
