/**
 * The bench data: 50 agencies in a city tree (the city, 9 districts, 20 city bureaus, 20 district
 * bureaus), each with two officers and a supervisor, and `size` applications over the six years
 * up to yesterday, generated inside PostgreSQL (`insert … select generate_series`, no row crosses
 * the wire) with a fixed seed.
 *
 * Distributions (a real city's annual table, roughly): channels 60 % online / 30 % letter / 10 %
 * in person; 85 % natural persons; busy agencies get far more than quiet ones; everything received
 * more than 30 days ago is concluded (CLOSED, with an outcome: granted 35 %, partly 10 %, not
 * held 25 %, …), the rest open in the working statuses and assigned to an officer; 5 % extended;
 * supplement requests 8 %, consultations 3 %, fee notices 0.5 % of the granted, reviews 2.5 % of
 * the concluded (and every open application waiting for one of those has its record); a timeline
 * of every step.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cpuSeconds } from './proc.mjs';

const OUTCOMES = [
  ['GRANTED', 0.35],
  ['PARTIALLY_GRANTED', 0.1],
  ['UNAVAILABLE_NOT_HELD', 0.25],
  ['UNAVAILABLE_STILL_UNCLEAR', 0.03],
  ['NOT_PROCESSED_PETITION', 0.05],
  ['NOT_PROCESSED_PUBLICATION', 0.05],
  ['NOT_PROCESSED_REPEATED', 0.03],
  ['WITHHELD_THIRD_PARTY_RIGHTS', 0.02],
  ['WITHHELD_PROCESS_INFORMATION', 0.03],
  ['WITHHELD_ADMINISTRATIVE_QUERY', 0.02],
  ['OTHER_NO_SUPPLEMENT', 0.03],
  ['OTHER', 0.04],
];

/** `case when r < p1 then v1 when r < p1 + p2 then v2 … end` for a uniform `r`. */
function pick(column, choices) {
  let sum = 0;
  const whens = choices.map(([value, share]) => {
    sum += share;
    return `when ${column} < ${sum.toFixed(4)} then '${value}'`;
  });
  return `case ${whens.join(' ')} else '${choices.at(-1)[0]}' end`;
}

/** Inserts the agencies; returns them root first, each `{ id, code, path, parentId }`. */
async function agencies(pool) {
  const rows = [];
  const add = (code, name, parent) => {
    const id = randomUUID();
    const row = {
      id,
      code,
      name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
    };
    rows.push(row);
    return row;
  };
  const city = add('CITY', '基准市人民政府', null);
  const districts = Array.from({ length: 9 }, (_, i) =>
    add(`D${i + 1}`, `基准市第${i + 1}区`, city),
  );
  for (let i = 0; i < 20; i++) add(`CB${i + 1}`, `基准市第${i + 1}局`, city);
  for (let i = 0; i < 20; i++) {
    add(`DB${i + 1}`, `基准市第${(i % 9) + 1}区第${i + 1}局`, districts[i % 9]);
  }
  await pool.query(
    `insert into agency (id, code, name, parent_id, path, created_at)
     select id, code, name, parent_id, path, now()
     from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[])
       as t(id, code, name, parent_id, path)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.parentId),
      rows.map((r) => r.path),
    ],
  );
  return rows;
}

/** Inserts staff users, each `{ id, agencyId, role, email, name }`, with one password hash. */
export async function insertStaff(pool, people, passwordHash) {
  await pool.query(
    `insert into app_user (id, email, display_name, roles, agency_id, password_hash, created_at, updated_at)
     select id, email, name, array[role], agency_id, $6, now(), now()
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
       as u(id, email, name, role, agency_id)`,
    [
      people.map((p) => p.id),
      people.map((p) => p.email),
      people.map((p) => p.name),
      people.map((p) => p.role),
      people.map((p) => p.agencyId),
      passwordHash,
    ],
  );
}

/**
 * Two officers and a supervisor per agency (they cannot sign in: no password hash); returns the
 * officers' ids, two per agency in the tree's order, for the assignees.
 */
async function staff(pool, tree) {
  const rows = tree.flatMap((agency) =>
    ['OFFICER', 'OFFICER', 'SUPERVISOR'].map((role, i) => ({
      id: randomUUID(),
      agencyId: agency.id,
      role,
      email: `${role === 'OFFICER' ? `officer${i + 1}` : 'supervisor'}@${agency.code.toLowerCase()}.bench.gongkai.cn`,
      name: `${agency.code} ${role === 'OFFICER' ? `经办人${i + 1}` : '负责人'}`,
    })),
  );
  await insertStaff(pool, rows, '!');
  return {
    officers: rows.filter((r) => r.role === 'OFFICER').map((r) => r.id),
    supervisors: rows.filter((r) => r.role === 'SUPERVISOR').map((r) => r.id),
  };
}

/**
 * Loads the agencies with their staff and `size` applications with their processing records and
 * timelines; returns the agencies and a count of each kind of row.
 */
export async function generate(pool, size) {
  const tree = await agencies(pool);
  const people = await staff(pool, tree);
  // Two sessions, so the load uses both cores of a 2-core machine: the applications in two
  // halves, the processing records two at a time, the timeline while the application indexes
  // are rebuilt, then the other indexes and the vacuum shared out.
  const clients = [await pool.connect(), await pool.connect()];
  /** Seconds per kind of statement (`insert into <table>`, `create index`, …): where the load goes. */
  const seconds = {};
  const backends = [];
  for (const client of clients)
    backends.push((await client.query('select pg_backend_pid() as pid')).rows[0].pid);
  /** And PostgreSQL CPU seconds per kind of statement (the machine may be busy with others). */
  const cpu = {};
  const timed = (client, backend) => async (sql, params) => {
    const started = performance.now();
    const cpuStarted = await cpuSeconds(backend);
    const result = await client.query(sql, params);
    const cpuEnded = await cpuSeconds(backend);
    const words = sql.trim().toLowerCase().split(/\s+/);
    const step = words.slice(0, words[0] === 'insert' || words[0] === 'create' ? 3 : 2).join(' ');
    seconds[step] =
      Math.round((seconds[step] ?? 0) * 10 + (performance.now() - started) / 100) / 10;
    if (cpuStarted !== null && cpuEnded !== null)
      cpu[step] = Math.round(((cpu[step] ?? 0) + cpuEnded - cpuStarted) * 10) / 10;
    return result;
  };
  const sessions = clients.map((client, i) => timed(client, backends[i]));
  const [query] = sessions;
  /** Runs `tasks` (each given a session's `query`) on both sessions, each taking the next. */
  const shared = async (tasks) => {
    const queue = [...tasks];
    await Promise.all(
      sessions.map(async (session) => {
        for (let task = queue.shift(); task; task = queue.shift()) await task(session);
      }),
    );
  };
  const backendCpu = async () => {
    const each = await Promise.all(backends.map((backend) => cpuSeconds(backend)));
    return each.includes(null) ? null : each.reduce((sum, value) => sum + value, 0);
  };
  const cpuBefore = await backendCpu();
  try {
    // Bulk load: drop the secondary indexes (not those behind constraints), rebuild them after
    // — one sort per index instead of one index insertion per row (the trigram index above all).
    const { rows: indexes } = await query(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition,
              i.indrelid::regclass::text as table_name
       from pg_index i
       where i.indrelid in ('application'::regclass, 'application_event'::regclass,
                            'consultation'::regclass, 'administrative_review'::regclass)
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    for (const index of indexes) await query(`drop index ${index.name}`);
    // Foreign keys are checked by a trigger per row (agency, assignee, extension deciders; each
    // event's application): the generated rows hold them by construction, so the load runs
    // without those triggers (a superuser's session setting; the database is the bench's own).
    for (const [i, session] of sessions.entries()) {
      await session('set session_replication_role = replica');
      await session(`set maintenance_work_mem = '256MB'`);
      await session(`select setseed(${0.42 + i / 100})`);
    }
    // The applications in two halves of the series, one per session (each with its own seed).
    const half = Math.floor(size / 2);
    const applications = (from, to) => (session) =>
      session(
        `insert into application (
         id, agency_id, tracking_number, channel, letter_kind, arrived_on, confirmed_on,
         received_on, receipt_article, receipt_explanation, applicant_kind, applicant_name,
         id_type, id_number_hash, organisation_name, credit_code, phone, email, description,
         requested_form, obtaining_method, status, reply_due_on, supplement_notice_due_on,
         provisional, query_code_hash, version, created_at, updated_at, late_flags,
         assignee_id, extension_status, extension_reason, extension_requested_on,
         extension_requested_by_id, extension_decided_on, extension_decided_by_id,
         outcome, replied_on, service_method, served_on, concluded_on)
       select gen_random_uuid(), agency_id,
              code || '-' || extract(year from arrived_on) || '-' || lpad(g::text, 7, '0'),
              channel, case when channel = 'LETTER' then case when r_kind < 0.5 then 'REGISTERED' else 'ORDINARY' end end,
              arrived_on, case when channel = 'ONLINE' then received_on end, received_on,
              case channel when 'ONLINE' then '31(3)' when 'LETTER' then '31(2)' else '31(1)' end,
              '基准数据', applicant_kind,
              case when applicant_kind = 'NATURAL_PERSON' then '申请人' || (g % 50000) end,
              case when applicant_kind = 'NATURAL_PERSON' then 'RESIDENT_ID' end,
              case when applicant_kind = 'NATURAL_PERSON' then md5('person' || (g % 50000)) end,
              case when applicant_kind <> 'NATURAL_PERSON' then '基准企业' || (g % 5000) end,
              case when applicant_kind <> 'NATURAL_PERSON' then '91350100M' || lpad((g % 5000)::text, 9, '0') end,
              '13800138000', 'bench' || (g % 50000) || '@test.gongkai.cn',
              (array['老旧小区改造资金使用情况', '征收补偿安置方案', '行政处罚决定书', '财政预算执行情况',
                     '建设项目环评批复', '学校招生划片方案', '道路改造工程招标文件', '养老机构补贴发放明细'])[1 + (g % 8)]
                || '（' || extract(year from arrived_on) || ' 年）',
              case when r_kind < 0.7 then 'EMAIL' else 'PAPER' end,
              case when r_kind < 0.7 then 'EMAIL' else 'POST' end,
              case when concluded then 'CLOSED'
                   when received_on is null then 'PENDING_CONFIRMATION'
                   else ${pick('r_status', [
                     ['IN_PROGRESS', 0.7],
                     ['AWAITING_SUPPLEMENT', 0.12],
                     ['AWAITING_CONSULTATION', 0.12],
                     ['AWAITING_FEE', 0.06],
                   ])} end,
              case when extended then received_on + 56 else received_on + 28 end,
              received_on + 9, false, md5('query' || g), 1,
              arrived_on::timestamptz, arrived_on::timestamptz, '{}',
              case when received_on is not null then ($3::uuid[])[agency_index * 2 - 1 + g % 2] end,
              case when extended then 'APPROVED' else 'NONE' end,
              case when extended then '需要调取多个部门的档案材料' end,
              case when extended then received_on + 15 end,
              case when extended then ($3::uuid[])[agency_index * 2 - 1 + g % 2] end,
              case when extended then received_on + 16 end,
              case when extended then ($4::uuid[])[agency_index] end,
              case when concluded then ${pick('r_outcome', OUTCOMES)} end,
              case when concluded then concluded_on end,
              case when concluded then 'EMAIL' end,
              case when concluded then concluded_on end,
              case when concluded then concluded_on end
       from (
         select g, agency_index, agency_id, code, arrived_on, channel, applicant_kind, r_kind,
                r_status, r_outcome, received_on,
                -- 5 % extended (by the 16th day after receipt, so not those received lately)
                r_extension < 0.05 and received_on < current_date - 20 as extended,
                least(received_on + 3 + (r_days * 30)::int, current_date - 1) as concluded_on,
                received_on < current_date - 30 as concluded
         from (
           select g, agency_index, agency_id, code, arrived_on, channel, applicant_kind, r_kind,
                  r_status, r_outcome, r_extension, r_days,
                  case when channel = 'ONLINE' and arrived_on > current_date - 3 then null
                       else arrived_on + (r_kind * 3)::int end as received_on
           from (
             select g, agency_index, a.id as agency_id, a.code, arrived_on,
                    ${pick('r_channel', [
                      ['ONLINE', 0.6],
                      ['LETTER', 0.3],
                      ['IN_PERSON', 0.1],
                    ])} as channel,
                    ${pick('r_applicant', [
                      ['NATURAL_PERSON', 0.85],
                      ['COMMERCIAL_ENTERPRISE', 0.1],
                      ['RESEARCH_INSTITUTION', 0.05],
                    ])} as applicant_kind,
                    r_kind, r_status, r_outcome, r_extension, r_days
             from (
               select g,
                      -- skewed: the first agencies in the list get most applications
                      1 + floor(power(random(), 1.8) * 50)::int as agency_index,
                      current_date - 1 - (random() * 2190)::int as arrived_on,
                      random() as r_channel, random() as r_applicant,
                      random() as r_kind, random() as r_status, random() as r_outcome,
                      random() as r_extension, random() as r_days
               from generate_series($5::int, $1::int) g
             ) r
             join agency a on a.id = ($2::uuid[])[r.agency_index]
           ) s
         ) t
       ) u`,
        [to, tree.map((a) => a.id), people.officers, people.supervisors, from],
      );
    await shared([applications(1, half), applications(half + 1, size)]);
    const inTree = `a.agency_id = any($1::uuid[])`;
    const treeIds = [tree.map((a) => a.id)];
    /** `days` after `from`, but not after today. */
    const after = (from, days) => `least(${from} + ${days}, current_date)`;
    // The processing records, two statements at a time.
    await shared([
      // Supplement requests (补正): every application awaiting one, and 8 % of the others that were
      // received and are not waiting for something else; answered after 5 days.
      (session) =>
        session(
          `insert into supplement_request (id, application_id, agency_id, items, requested_on, due_on,
         received_on, response, late, received_late, requested_by_id, created_at)
       select gen_random_uuid(), id, agency_id, '["请补充所需政府信息的名称、文号或者便于查询的其他特征性描述"]'::jsonb,
              requested_on, requested_on + 15,
              case when status <> 'AWAITING_SUPPLEMENT' then ${after('requested_on', 5)} end,
              case when status <> 'AWAITING_SUPPLEMENT' then '所需信息为 2021 年度的资金拨付明细' end,
              false, false, assignee_id, requested_on::timestamptz
       from (select a.*, ${after('a.received_on', 3)} as requested_on from application a
             where ${inTree} and a.received_on is not null
               and (a.status = 'AWAITING_SUPPLEMENT'
                    or (a.status in ('CLOSED', 'IN_PROGRESS') and random() < 0.08))) x`,
          treeIds,
        ),
      // Consultations (征求意见, Art. 32/34): every application awaiting one and 3 % of the others;
      // four in five of a third party; answered (agree 60 %, object 25 %, no answer 15 %).
      (session) =>
        session(
          `insert into consultation (id, application_id, agency_id, kind, party_name, contact, email,
         sent_on, party_received_on, answer_due_on, answer, objection_reasons, answered_on, created_at)
       select gen_random_uuid(), id, agency_id, case when r < 0.8 then 'THIRD_PARTY' else 'OTHER_AGENCY' end,
              case when r < 0.8 then '基准第三方企业' || (r * 1000)::int else '基准市相关部门' end,
              '联系人', null, sent_on, ${after('sent_on', 2)}, sent_on + 23,
              case when awaiting then null when r2 < 0.6 then 'AGREE' when r2 < 0.85 then 'OBJECT' else 'NO_ANSWER' end,
              case when not awaiting and r2 >= 0.6 and r2 < 0.85 then '涉及商业秘密' end,
              case when not awaiting then ${after('sent_on', 12)} end, sent_on::timestamptz
       from (select a.id, a.agency_id, ${after('a.received_on', 4)} as sent_on,
                    a.status = 'AWAITING_CONSULTATION' as awaiting, random() as r, random() as r2
             from application a
             where ${inTree} and a.received_on is not null
               and (a.status = 'AWAITING_CONSULTATION'
                    or (a.status in ('CLOSED', 'IN_PROGRESS') and random() < 0.03))) x`,
          treeIds,
        ),
      // Fee notices (信息处理费, rare): every application awaiting payment and 0.5 % of the granted
      // ones, 100 yuan per application, paid after a week.
      (session) =>
        session(
          `insert into fee_notice (id, application_id, agency_id, method, assessed_fen, amount_fen,
         breakdown, waiver_reason, issued_on, received_on, payment_due_on, paid_on, late, paid_late,
         created_at)
       select gen_random_uuid(), id, agency_id, 'PER_APPLICATION', 10000, 10000, '[]'::jsonb, null,
              issued_on, ${after('issued_on', 2)}, issued_on + 30,
              case when status <> 'AWAITING_FEE' then ${after('issued_on', 7)} end,
              false, false, issued_on::timestamptz
       from (select a.*, ${after('a.received_on', 10)} as issued_on from application a
             where ${inTree} and a.received_on is not null
               and (a.status = 'AWAITING_FEE'
                    or (a.outcome in ('GRANTED', 'PARTIALLY_GRANTED') and random() < 0.005))) x`,
          treeIds,
        ),
      // Reviews (table 四): of concluded applications, 1.5 % reconsidered, 0.7 % taken to court
      // directly, 0.3 % to court after reconsideration; filed a month after, decided two months
      // later (upheld 75 %, corrected 10 %, other 15 %), pending if not yet.
      (session) =>
        session(
          `insert into administrative_review (id, application_id, agency_id, kind, filed_on, result,
         result_on, created_at, updated_at)
       select gen_random_uuid(), id, agency_id, kind, filed_on,
              case when filed_on + 60 > current_date then 'PENDING'
                   when r < 0.75 then 'UPHELD' when r < 0.85 then 'CORRECTED' else 'OTHER' end,
              case when filed_on + 60 <= current_date then filed_on + 60 end,
              filed_on::timestamptz, filed_on::timestamptz
       from (select a.id, a.agency_id, a.concluded_on + 30 as filed_on, random() as r,
                    case when k < 0.015 then 'RECONSIDERATION' when k < 0.022 then 'LITIGATION_DIRECT'
                         when k < 0.025 then 'LITIGATION_AFTER_RECONSIDERATION' end as kind
             from (select a.*, random() as k from application a
                   where ${inTree} and a.concluded_on is not null) a) x
       where kind is not null and filed_on < current_date`,
          treeIds,
        ),
    ]);
    // The timeline: filed, receipt confirmed (online), assigned, each processing step, reply
    // issued and served (concluded), review recorded.
    const timeline = (session) =>
      session(
        `insert into application_event (application_id, type, actor_kind, actor_user_id, occurred_at, data)
       select id, case when channel = 'ONLINE' then 'SUBMITTED' else 'REGISTERED' end,
              case when channel = 'ONLINE' then 'APPLICANT' else 'USER' end, null::uuid,
              arrived_on::timestamptz, '{}'::jsonb
       from application a where ${inTree}
       union all
       select id, 'RECEIPT_CONFIRMED', 'USER', null, confirmed_on::timestamptz, '{}'::jsonb
       from application a where ${inTree} and confirmed_on is not null
       union all
       select id, 'ASSIGNED', 'USER', null, received_on::timestamptz + interval '1 hour',
              jsonb_build_object('assigneeId', assignee_id)
       from application a where ${inTree} and assignee_id is not null
       union all
       select id, 'EXTENSION_REQUESTED', 'USER', extension_requested_by_id,
              extension_requested_on::timestamptz, '{}'::jsonb
       from application a where ${inTree} and extension_requested_on is not null
       union all
       select id, 'EXTENSION_DECIDED', 'USER', extension_decided_by_id,
              extension_decided_on::timestamptz, jsonb_build_object('approved', true)
       from application a where ${inTree} and extension_decided_on is not null
       union all
       select application_id, 'SUPPLEMENT_REQUESTED', 'USER', requested_by_id,
              requested_on::timestamptz, '{}'::jsonb
       from supplement_request
       union all
       select application_id, 'SUPPLEMENT_RECORDED', 'USER', requested_by_id,
              received_on::timestamptz, '{}'::jsonb
       from supplement_request where received_on is not null
       union all
       select application_id, 'CONSULTATION_STARTED', 'USER', null, sent_on::timestamptz, '{}'::jsonb
       from consultation
       union all
       select application_id, 'CONSULTATION_REPLY_RECORDED', 'USER', null,
              answered_on::timestamptz, jsonb_build_object('answer', answer)
       from consultation where answered_on is not null
       union all
       select application_id, 'FEE_NOTICE_ISSUED', 'USER', null, issued_on::timestamptz, '{}'::jsonb
       from fee_notice
       union all
       select application_id, 'FEE_PAYMENT_RECORDED', 'USER', null, paid_on::timestamptz, '{}'::jsonb
       from fee_notice where paid_on is not null
       union all
       select id, 'REPLY_ISSUED', 'USER', assignee_id, replied_on::timestamptz,
              jsonb_build_object('outcome', outcome)
       from application a where ${inTree} and replied_on is not null
       union all
       select id, 'SERVICE_RECORDED', 'USER', assignee_id,
              served_on::timestamptz + interval '2 hours', jsonb_build_object('method', service_method)
       from application a where ${inTree} and served_on is not null
       union all
       select application_id, 'REVIEW_RECORDED', 'USER', null, filed_on::timestamptz,
              jsonb_build_object('kind', kind)
       from administrative_review`,
        treeIds,
      );
    // The timeline on one session while the other rebuilds the indexes of the tables already
    // loaded (the GIN indexes, the slowest, first); then the timeline's own indexes.
    const rebuild = (index) => (session) => session(index.definition);
    const slowestFirst = (list) =>
      [...list].sort(
        (x, y) => Number(/using gin/i.test(y.definition)) - Number(/using gin/i.test(x.definition)),
      );
    const [eventIndexes, otherIndexes] = [
      indexes.filter((index) => index.table_name === 'application_event'),
      indexes.filter((index) => index.table_name !== 'application_event'),
    ];
    await shared([timeline, ...slowestFirst(otherIndexes).map(rebuild)]);
    await shared(slowestFirst(eventIndexes).map(rebuild));
    for (const session of sessions) await session('set session_replication_role = origin');
    // As autovacuum would have by now: the visibility map set, so index-only scans can skip
    // the table (an `analyze` alone leaves every page unmarked after a bulk load). Largest first.
    const { rows: tables } = await query(
      `select relname from pg_class
       where relnamespace = 'public'::regnamespace and relkind = 'r'
       order by pg_total_relation_size(oid) desc`,
    );
    await shared(
      tables.map(
        ({ relname }) =>
          (session) =>
            session(`vacuum (analyze) "${relname}"`),
      ),
    );
    const { rows } = await query(
      `select (select count(*) from application_event)::int as events,
              (select count(*) from supplement_request)::int as supplements,
              (select count(*) from consultation)::int as consultations,
              (select count(*) from application where extension_status = 'APPROVED')::int as extensions,
              (select count(*) from fee_notice)::int as fees,
              (select count(*) from administrative_review)::int as reviews`,
    );
    const cpuAfter = await backendCpu();
    const total =
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) * 10) / 10;
    return { tree, counts: rows[0], seconds, cpu, backendCpuSeconds: total };
  } finally {
    for (const client of clients) client.release();
  }
}
