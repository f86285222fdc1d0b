/**
 * The bench data: 50 agencies in a city tree (the city, 9 districts, 20 city bureaus, 20 district
 * bureaus) and `size` applications over the six years up to yesterday, generated inside
 * PostgreSQL (`insert … select generate_series`, no row crosses the wire) with a fixed seed.
 *
 * Distributions (a real city's annual table, roughly): channels 60 % online / 30 % letter / 10 %
 * in person; 85 % natural persons; busy agencies get far more than quiet ones; everything received
 * more than 30 days ago is concluded (CLOSED, with an outcome: granted 35 %, partly 10 %, not
 * held 25 %, …), the rest open in the working statuses; 5 % extended; a timeline of 1–3 events.
 */
import { randomUUID } from 'node:crypto';

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

/** Loads the agencies and `size` applications with their timelines; returns the agencies. */
export async function generate(pool, size) {
  const tree = await agencies(pool);
  const client = await pool.connect();
  try {
    // Bulk load: drop the secondary indexes (not those behind constraints), rebuild them after
    // — one sort per index instead of one index insertion per row (the trigram index above all).
    const { rows: indexes } = await client.query(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       where i.indrelid in ('application'::regclass, 'application_event'::regclass)
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    );
    for (const index of indexes) await client.query(`drop index ${index.name}`);
    await client.query('select setseed(0.42)');
    await client.query(
      `insert into application (
         id, agency_id, tracking_number, channel, letter_kind, arrived_on, confirmed_on,
         received_on, receipt_article, receipt_explanation, applicant_kind, applicant_name,
         id_type, id_number_hash, organisation_name, credit_code, phone, email, description,
         requested_form, obtaining_method, status, reply_due_on, supplement_notice_due_on,
         provisional, query_code_hash, version, created_at, updated_at, late_flags,
         extension_status, outcome, replied_on, service_method, served_on, concluded_on)
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
              received_on + 28, received_on + 9, false, md5('query' || g), 1,
              arrived_on::timestamptz, arrived_on::timestamptz, '{}',
              case when r_extension < 0.05 then 'APPROVED' else 'NONE' end,
              case when concluded then ${pick('r_outcome', OUTCOMES)} end,
              case when concluded then concluded_on end,
              case when concluded then 'EMAIL' end,
              case when concluded then concluded_on end,
              case when concluded then concluded_on end
       from (
         select g, agency_id, code, arrived_on, channel, applicant_kind, r_kind, r_status,
                r_outcome, r_extension, received_on,
                least(received_on + 3 + (r_days * 30)::int, current_date - 1) as concluded_on,
                received_on < current_date - 30 as concluded
         from (
           select g, agency_id, code, arrived_on, channel, applicant_kind, r_kind, r_status,
                  r_outcome, r_extension, r_days,
                  case when channel = 'ONLINE' and arrived_on > current_date - 3 then null
                       else arrived_on + (r_kind * 3)::int end as received_on
           from (
             select g, a.id as agency_id, a.code, arrived_on,
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
               from generate_series(1, $1::int) g
             ) r
             join agency a on a.id = ($2::uuid[])[r.agency_index]
           ) s
         ) t
       ) u`,
      [size, tree.map((a) => a.id)],
    );
    // A timeline per application: filed, (online) receipt confirmed, (concluded) reply issued.
    await client.query(
      `insert into application_event (application_id, type, actor_kind, occurred_at, data)
       select id, case when channel = 'ONLINE' then 'SUBMITTED' else 'REGISTERED' end,
              case when channel = 'ONLINE' then 'APPLICANT' else 'USER' end,
              arrived_on::timestamptz, '{}'::jsonb
       from application where agency_id = any($1::uuid[])
       union all
       select id, 'RECEIPT_CONFIRMED', 'USER', confirmed_on::timestamptz, '{}'::jsonb
       from application where agency_id = any($1::uuid[]) and confirmed_on is not null
       union all
       select id, 'REPLY_ISSUED', 'USER', replied_on::timestamptz, jsonb_build_object('outcome', outcome)
       from application where agency_id = any($1::uuid[]) and replied_on is not null`,
      [tree.map((a) => a.id)],
    );
    await client.query(`set maintenance_work_mem = '256MB'`);
    for (const index of indexes) await client.query(index.definition);
    await client.query('analyze');
  } finally {
    client.release();
  }
  return tree;
}
