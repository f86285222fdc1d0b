/**
 * S6: the reminder scan and its delivery, through the real worker, against a bare BullMQ
 * pipeline on the same Redis (issue 5's benchmark, issue 8's S6).
 *
 * Gongkai: `count` applications of their own agency (outside the city tree, so S2 and S4 do not
 * see them) fall due on the scan day in the shares below; the built worker
 * (`apps/worker/dist/main.js`, NODE_ENV=production) runs one `reminders.scan` job for that day —
 * libs/notify's SQL scan, reminder-log rows and e-mail records 500 per transaction, one mail job
 * per 50 e-mails — and its mail processor (2 jobs at a time: lock the batch, render, send over
 * nodemailer's pool of 4 connections, mark the batch) to an SMTP sink in this process. The figure runs from the moment the scan job may
 * start (its queue is held paused until the worker is ready) until the sink has every e-mail.
 *
 * The ceiling (`noop-pipeline.mjs`, its own process): as many jobs as Gongkai sent e-mails (one
 * job per e-mail, as the mail queue had before batches), added 500 per `addBulk` with ids and the
 * mail queue's job options, taken by one BullMQ worker with concurrency 4, each doing nothing.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { addDays, createNationalCalendar, localDateInShanghai } from '@gongkai/rules';
// The queue registry alone (no framework): importing @gongkai/platform would load NestJS.
import {
  jobId,
  QUEUE_DEFAULT_JOB_OPTIONS,
  QueueName,
} from '../../libs/platform/dist/lib/queue/queues.js';
// The days the scan compares with, as libs/notify computes them.
import { scanDays as notifyScanDays } from '../../libs/notify/dist/lib/reminders/find-due-items.js';
import { insertStaff } from './generate.mjs';
import { cpuSeconds } from './proc.mjs';
import { startSmtpSink } from './smtp-sink.mjs';

const run = promisify(execFile);

/**
 * The ceiling's concurrency: 4, the mail processor's before batches (it now runs 2 batch jobs at
 * a time); kept, so that the no-op pipeline is no slower than it was.
 */
export const NOOP_CONCURRENCY = 4;
const OFFICERS = 3;

/**
 * What falls due, in hundredths of the applications (each row matches the one rule it is made
 * for; CONFIRMATION_PENDING filings, never assigned, are also UNASSIGNED). Audiences
 * (libs/notify reminder-kinds.ts): the assignee; overdue also the supervisor; pending
 * confirmation all the agency's officers; unassigned the supervisor.
 */
const SHARES = [
  ['REPLY_DUE_IN_5', 25],
  ['REPLY_DUE_IN_1', 10],
  ['REPLY_DUE_TODAY', 10],
  ['REPLY_OVERDUE', 15],
  ['SUPPLEMENT_NOTICE_WINDOW_CLOSING', 10],
  ['SUPPLEMENT_DEADLINE_PASSED', 10],
  ['CONSULTATION_ANSWER_DUE', 8],
  ['FEE_PAYMENT_DUE', 5],
  ['CONFIRMATION_PENDING', 4],
  ['UNASSIGNED', 3],
];

/** The scan day (today in Asia/Shanghai, or the last working day before) and its neighbours. */
export function scanDays() {
  const calendar = createNationalCalendar();
  let on = localDateInShanghai(new Date());
  while (!calendar.isWorkingDay(on)) on = addDays(on, -1);
  return notifyScanDays(calendar, on);
}

/**
 * Inserts the agency (3 officers, 1 supervisor) and `count` applications due on `days.on`, with
 * their supplement requests, consultations and fee notices, inside PostgreSQL.
 */
export async function loadDueApplications(pool, count, days, passwordHash) {
  const agencyId = randomUUID();
  await pool.query(
    `insert into agency (id, code, name, parent_id, path, created_at)
     values ($1, 'REMIND', '基准提醒局', null, $2, now())`,
    [agencyId, `/${agencyId}/`],
  );
  const staff = [
    ...Array.from({ length: OFFICERS }, (_, i) => ({
      id: randomUUID(),
      agencyId,
      role: 'OFFICER',
      email: `officer${i + 1}@remind.bench.gongkai.cn`,
      name: `提醒经办人${i + 1}`,
    })),
    {
      id: randomUUID(),
      agencyId,
      role: 'SUPERVISOR',
      email: 'supervisor@remind.bench.gongkai.cn',
      name: '提醒负责人',
    },
  ];
  await insertStaff(pool, staff, passwordHash);
  const officers = staff.filter((p) => p.role === 'OFFICER').map((p) => p.id);
  let bound = 0;
  const kindOf = `case ${SHARES.map(([kind, share]) => {
    bound += share;
    return `when g % 100 < ${bound} then '${kind}'`;
  }).join(' ')} end`;
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `create temporary table s6_due on commit drop as
       select gen_random_uuid() as id, g, ${kindOf} as kind,
              ($1::uuid[])[1 + g % ${OFFICERS}] as officer
       from generate_series(1, $2::int) g`,
      [officers, count],
    );
    const d = (name) => `'${days[name]}'::date`;
    /** A reply due date no reply rule looks at (beyond the fifth working day). */
    const later = `${d('fifth')} + 20`;
    await client.query(
      `insert into application (
         id, agency_id, tracking_number, channel, arrived_on, confirmed_on, received_on,
         receipt_article, receipt_explanation, applicant_kind, applicant_name, id_type,
         id_number_hash, phone, email, description, requested_form, obtaining_method, status,
         assignee_id, reply_due_on, supplement_notice_due_on, provisional, query_code_hash,
         version, created_at, updated_at)
       select id, $1, 'REMIND-' || lpad(g::text, 7, '0'), 'ONLINE', arrived_on,
              case when kind <> 'CONFIRMATION_PENDING' then arrived_on end,
              case when kind <> 'CONFIRMATION_PENDING' then arrived_on end,
              '31(3)', '基准数据', 'NATURAL_PERSON', '申请人' || g, 'RESIDENT_ID',
              md5('person' || g), '13800138000', 'applicant' || g || '@test.gongkai.cn',
              '老旧小区改造资金使用情况（提醒基准）', 'EMAIL', 'EMAIL', status,
              case when kind not in ('CONFIRMATION_PENDING', 'UNASSIGNED') then officer end,
              reply_due_on, supplement_notice_due_on, false, md5('query' || g), 1,
              arrived_on::timestamptz, arrived_on::timestamptz
       from (
         select id, g, kind, officer,
                case kind when 'CONFIRMATION_PENDING' then ${d('previous')} - g % 3
                          else ${d('on')} - 20 - g % 10 end as arrived_on,
                case kind when 'CONFIRMATION_PENDING' then 'PENDING_CONFIRMATION'
                          when 'SUPPLEMENT_DEADLINE_PASSED' then 'AWAITING_SUPPLEMENT'
                          when 'CONSULTATION_ANSWER_DUE' then 'AWAITING_CONSULTATION'
                          when 'FEE_PAYMENT_DUE' then 'AWAITING_FEE'
                          else 'IN_PROGRESS' end as status,
                case kind when 'CONFIRMATION_PENDING' then null
                          when 'REPLY_DUE_IN_5' then ${d('fifth')}
                          when 'REPLY_DUE_IN_1' then ${d('next')}
                          when 'REPLY_DUE_TODAY' then ${d('on')}
                          when 'REPLY_OVERDUE' then ${d('previous')} - g % 15
                          else ${later} end as reply_due_on,
                case kind when 'CONFIRMATION_PENDING' then null
                          when 'SUPPLEMENT_NOTICE_WINDOW_CLOSING' then ${d('second')}
                          else ${d('on')} - 12 end as supplement_notice_due_on
         from s6_due
       ) s`,
      [agencyId],
    );
    await client.query(
      `insert into supplement_request (id, application_id, items, requested_on, due_on,
         received_on, late, received_late, requested_by_id, created_at)
       select gen_random_uuid(), id, '["申请内容描述不明确，请补充所需信息的名称或文号"]'::jsonb,
              ${d('on')} - 30, ${d('on')} - 1 - g % 5, null, false, false, officer, now()
       from s6_due where kind = 'SUPPLEMENT_DEADLINE_PASSED'`,
    );
    await client.query(
      `insert into consultation (id, application_id, kind, party_name, contact, email, sent_on,
         party_received_on, answer_due_on, answer, objection_reasons, answered_on, created_at)
       select gen_random_uuid(), id, 'THIRD_PARTY', '基准第三方企业', '联系人', null,
              ${d('on')} - 25, ${d('on')} - 23, ${d('on')} - g % 3, null, null, null, now()
       from s6_due where kind = 'CONSULTATION_ANSWER_DUE'`,
    );
    await client.query(
      `insert into fee_notice (id, application_id, method, assessed_fen, amount_fen, breakdown,
         waiver_reason, issued_on, received_on, payment_due_on, paid_on, late, paid_late, created_at)
       select gen_random_uuid(), id, 'PER_APPLICATION', 10000, 10000, '{}'::jsonb, null,
              ${d('on')} - 30, ${d('on')} - 28, ${d('on')} - g % 3, null, false, false, now()
       from s6_due where kind = 'FEE_PAYMENT_DUE'`,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  await pool.query('analyze application, supplement_request, consultation, fee_notice');
  return { agencyId };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs S6 on a database holding `loadDueApplications`' rows: returns Gongkai's and the
 * ceiling's figures and the worker's resident memory. The worker's SMTP transport is pooled by
 * default (operations.md), as in production.
 */
export async function runS6({ root, node, pool, env, days, startProcess, rssMb, freePort }) {
  const sink = await startSmtpSink();
  const prefix = `{${env.QUEUE_PREFIX}}`;
  const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const reminders = new Queue(QueueName.REMINDERS, { connection, prefix });
  const stops = [() => sink.stop(), () => connection.quit()];
  try {
    // Held until the worker is ready, so the figure does not include its start.
    await reminders.pause();
    // The worker's start also catches up the paused clocks' daily job (every consultation and
    // fee wait of the database): held for the whole of S6, which measures the reminders alone.
    const clocks = new Queue(QueueName.CLOCKS, { connection, prefix });
    await clocks.pause();
    const healthPort = await freePort();
    const worker = await startProcess(
      'apps/worker/dist/main.js',
      {
        ...env,
        SMTP_URL: sink.url,
        WORKER_HEALTH_PORT: String(healthPort),
      },
      async () => (await fetch(`http://127.0.0.1:${healthPort}/health/ready`)).ok,
    );
    stops.unshift(() => worker.stop());
    const rss = [];
    const sample = () => void rssMb(worker.pid).then((mb) => mb !== null && rss.push(mb));
    sample();
    const sampler = setInterval(sample, 500);
    stops.unshift(async () => clearInterval(sampler));

    // The worker adds today's scan under this id when it starts after 08:30 on a working day;
    // adding it again is a no-op, so there is one scan however that went.
    const id = jobId('reminders.scan', days.on);
    await reminders.add('reminders.scan', { on: days.on }, { jobId: id });
    const started = performance.now();
    const cpuBefore = await cpuSeconds(worker.pid);
    await reminders.resume();
    let job;
    for (;;) {
      job = await reminders.getJob(id);
      if (job?.failedReason) throw new Error(`S6: the reminder scan failed: ${job.failedReason}`);
      if (job?.finishedOn) break;
      await sleep(100);
    }
    const scanSeconds = (job.finishedOn - job.processedOn) / 1000;
    const { reminders: items, emails } = job.returnvalue;
    // Every e-mail delivered, or a minute without progress.
    let seen = sink.received;
    let progressAt = performance.now();
    while (sink.received < emails && performance.now() - progressAt < 60_000) {
      await sleep(100);
      if (sink.received !== seen) [seen, progressAt] = [sink.received, performance.now()];
    }
    const seconds = (sink.lastAt - started) / 1000;
    const cpuAfter = await cpuSeconds(worker.pid);
    clearInterval(sampler);
    sample();
    // The sink has the last message a moment before the worker commits it as SENT: wait for the
    // records to catch up (up to 10 s) before checking them.
    const statuses = async () =>
      (
        await pool.query(
          `select count(*) filter (where status = 'SENT')::int as sent,
                  count(*) filter (where status <> 'SENT')::int as unsent
           from email_message`,
        )
      ).rows;
    let rows = await statuses();
    for (
      const until = performance.now() + 10_000;
      rows[0].unsent > 0 && performance.now() < until;
    ) {
      await sleep(100);
      rows = await statuses();
    }
    const valid = sink.received === emails && rows[0].sent === emails && rows[0].unsent === 0;
    const gongkai = {
      items,
      emails,
      delivered: sink.received,
      scanSeconds: Math.round(scanSeconds * 100) / 100,
      seconds: Math.round(seconds * 100) / 100,
      itemsPerSecond: Math.round(items / seconds),
      emailsPerSecond: Math.round(emails / seconds),
      // The worker's CPU for the scan and every e-mail, per e-mail: what a busy machine blurs least.
      cpuMsPerEmail:
        cpuBefore === null || cpuAfter === null || emails === 0
          ? null
          : Math.round(((cpuAfter - cpuBefore) * 1000 * 100) / emails) / 100,
      valid,
      ...(valid
        ? {}
        : { error: `${emails} e-mails recorded, ${rows[0].sent} sent, ${sink.received} received` }),
    };
    await worker.stop();
    const workerRssMb = { max: Math.max(...rss), last: rss.at(-1) ?? null, samples: rss.length };

    const { stdout } = await run(node, [join(root, 'test/bench/noop-pipeline.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        REDIS_URL: env.REDIS_URL,
        QUEUE_PREFIX: env.QUEUE_PREFIX,
        JOBS: String(emails),
        CONCURRENCY: String(NOOP_CONCURRENCY),
        JOB_OPTIONS: JSON.stringify(QUEUE_DEFAULT_JOB_OPTIONS[QueueName.MAIL]),
      },
    });
    const ceiling = JSON.parse(stdout.trim().split('\n').pop());
    return { api: gongkai, ceiling, workerRssMb };
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}
