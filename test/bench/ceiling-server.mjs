/**
 * The ceiling: the least a Node process can do to answer the benchmark's requests on this machine
 * — `node:http` and `pg`, no framework, no GraphQL, no ORM, no validation, no encryption. Each
 * route runs the same SQL as the Gongkai path it is compared with, so the ratio between the two is
 * what the application layer costs.
 *
 * Started by run.mjs as its own process: DATABASE_URL, PORT, TEMPLATE_APPLICATION_ID (an online
 * filing the api made; its rows are the shape the S1 inserts copy).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { computeStatutoryClock, createNationalCalendar, localDateInShanghai } from '@gongkai/rules';
// The files alone, not the package: @gongkai/reporting's index loads NestJS and MikroORM.
import { annualReportQuery } from '../../libs/reporting/dist/lib/annual-report/build-annual-report.js';
import { quarterlyFiguresQuery } from '../../libs/reporting/dist/lib/statistics/build-quarterly-statistics.js';
import { replyTimesQuery } from '../../libs/reporting/dist/lib/statistics/count-quarterly-figures.js';

// Dates as the api sees them: `YYYY-MM-DD` strings (LocalDate), not JavaScript Dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
/** The api's calendar: the built-in years (the bench database loads no others). */
const calendar = createNationalCalendar();
const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const templateId = process.env['TEMPLATE_APPLICATION_ID'] ?? '';

/** The rows the api wrote for one online filing, as JSON, to insert again with new keys. */
async function loadTemplate() {
  const { rows } = await pool.query(
    `select row_to_json(a) as application,
            (select row_to_json(e) from application_event e where e.application_id = a.id limit 1) as event,
            (select row_to_json(o) from outbox_message o where o.payload->>'applicationId' = a.id::text limit 1) as outbox
     from application a where a.id = $1`,
    [templateId],
  );
  if (rows.length === 0) throw new Error(`no template application ${templateId}`);
  return rows[0];
}

const template = await loadTemplate();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** As the api (libs/cases AgenciesByCode): an agency read by its code serves for a minute. */
const AGENCY_BY_CODE_TTL_MS = 60_000;
const agencies = new Map();

async function agencyByCode(code) {
  const now = Date.now();
  const known = agencies.get(code);
  if (known && now >= known.readAt && now - known.readAt < AGENCY_BY_CODE_TTL_MS) return known.row;
  const { rows } = await pool.query('select id, code, name from agency where code = $1', [code]);
  if (rows[0]) agencies.set(code, { row: rows[0], readAt: now });
  else agencies.delete(code);
  return rows[0];
}

/**
 * S1: the statements an online filing issues: the agency (once a minute per code, as the api),
 * then one transaction whose application insert takes its tracking number (`next_tracking_number`).
 */
async function file(body) {
  const input = JSON.parse(body);
  const agencyRow = await agencyByCode(input.agencyCode);
  if (!agencyRow) return { status: 404, body: { error: 'unknown agency' } };
  const id = randomUUID();
  const now = new Date().toISOString();
  const year = Number(template.application.arrived_on.slice(0, 4));
  const client = await pool.connect();
  try {
    await client.query('begin');
    const application = {
      ...template.application,
      id,
      agency_id: agencyRow.id,
      idempotency_key: input.idempotencyKey,
      description: input.request.description,
      created_at: now,
      updated_at: now,
    };
    const inserted = await client.query(
      `insert into application
       select * from jsonb_populate_record(null::application,
         $1::jsonb || jsonb_build_object('tracking_number', next_tracking_number($2, $3, $4)))
       returning tracking_number`,
      [JSON.stringify(application), agencyRow.id, agencyRow.code, year],
    );
    const trackingNumber = inserted.rows[0].tracking_number;
    const event = { ...template.event, application_id: id, occurred_at: now };
    delete event.id; // an identity column
    await client.query(
      `insert into application_event (${Object.keys(event).join(', ')})
       select ${Object.keys(event).join(', ')} from json_populate_record(null::application_event, $1::json)`,
      [JSON.stringify(event)],
    );
    const outbox = {
      ...template.outbox,
      id: randomUUID(),
      payload: { applicationId: id },
      created_at: now,
    };
    await client.query(
      `insert into outbox_message (${Object.keys(outbox).join(', ')})
       select ${Object.keys(outbox).join(', ')} from json_populate_record(null::outbox_message, $1::json)`,
      [JSON.stringify(outbox)],
    );
    await client.query('commit');
    return { status: 200, body: { trackingNumber, status: application.status } };
  } catch (error) {
    await client.query('rollback');
    // As the api: a repeated idempotency key is found by the unique constraint, not looked up first.
    if (error.constraint === 'application_idempotency_key_unique') {
      const earlier = await pool.query(
        'select id from application where agency_id = $1 and idempotency_key = $2',
        [agencyRow.id, input.idempotencyKey],
      );
      return { status: 200, body: { id: earlier.rows[0].id } };
    }
    throw error;
  } finally {
    client.release();
  }
}

/**
 * S3: one application with its agency, scoped to the officer's agency, its processing records and
 * timeline, and its statutory clock: the api's one statement (libs/cases GetApplicationQuery: the
 * record tables and the timeline as JSON aggregates).
 */
async function detail(id, agencyId) {
  const { rows } = await pool.query(
    `select a.*, g.code as agency_code, g.name as agency_name, g.path as agency_path,
            (select row_to_json(s) from supplement_request s where s.application_id = a.id) as supplement,
            coalesce((select json_agg(c order by c.sent_on, c.id) from consultation c
                      where c.application_id = a.id), '[]') as consultations,
            (select row_to_json(f) from fee_notice f where f.application_id = a.id) as fee,
            coalesce((select json_agg(r order by r.filed_on, r.id) from administrative_review r
                      where r.application_id = a.id), '[]') as reviews,
            coalesce((select json_agg(e order by e.id) from application_event e
                      where e.application_id = a.id), '[]') as timeline
     from application a join agency g on g.id = a.agency_id where a.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row || row.agency_id !== agencyId) return { status: 404, body: { error: 'not found' } };
  const { supplement, consultations, fee, reviews, timeline, ...application } = row;
  return {
    status: 200,
    body: {
      application,
      clock: clock(row, supplement ? [supplement] : [], consultations, fee ? [fee] : []),
      timeline,
      supplement,
      consultations,
      feeNotice: fee,
      reviews,
    },
  };
}

/**
 * S3's clock, as the api's `clock` field computes it (libs/data `statutoryClockOf`): libs/rules'
 * `computeStatutoryClock` for today in Asia/Shanghai, with the day-by-day explanation.
 */
function clock(application, supplements, consultations, fees) {
  if (application.received_on === null) return null;
  const supplement = supplements[0];
  const fee = fees[0];
  const present = (key, value) => (value ? { [key]: value } : {});
  const result = computeStatutoryClock({
    calendar,
    today: localDateInShanghai(new Date()),
    receivedOn: application.received_on,
    supplements: supplement
      ? [
          {
            requestedOn: supplement.requested_on,
            ...present('receivedOn', supplement.received_on),
          },
        ]
      : [],
    consultations: consultations.map((c) => ({
      id: c.id,
      kind: c.kind,
      startedOn: c.sent_on,
      ...present('partyReceivedOn', c.party_received_on),
      ...present('answeredOn', c.answered_on),
    })),
    ...(application.extension_status === 'APPROVED' && application.extension_decided_on
      ? { extensionApprovedOn: application.extension_decided_on }
      : {}),
    ...(fee
      ? {
          feeNotice: {
            issuedOn: fee.issued_on,
            ...present('receivedOn', fee.received_on),
            ...present('paidOn', fee.paid_on),
          },
        }
      : {}),
    // After the reply the period runs until service; at the conclusion the clock stops.
    ...present('repliedOn', application.replied_on),
    ...present('concludedOn', application.concluded_on),
  });
  return {
    ...result,
    explanation: result.explanation.map((day) => ({
      date: day.date,
      kind: day.kind,
      ordinal: day.n ?? null,
      holidayName: day.name ?? null,
      provisional: day.provisional === true,
      pausedBy: [...(day.pausedBy ?? [])],
    })),
  };
}

/** S2: a worklist page in one statement, as the api's: 21 rows (to know if another page follows). */
const WORKLIST_ORDERS = {
  open: `a.agency_id = $1 and a.status not in ('CLOSED', 'WITHDRAWN')
         order by coalesce(a.reply_due_on, 'infinity'::date) asc, a.id asc`,
  all: `a.agency_id = $1 order by coalesce(a.received_on, '-infinity'::date) desc, a.id desc`,
};
async function worklist(agencyId, variant) {
  const rows = await pool.query(
    `select a.* from application a where ${WORKLIST_ORDERS[variant]} limit 21`,
    [agencyId],
  );
  return {
    status: 200,
    body: { edges: rows.rows.slice(0, 20), hasNextPage: rows.rows.length > 20 },
  };
}

/** A libs/reporting statement (`?` placeholders) through pg. */
function run(query) {
  let n = 0;
  return pool.query(
    query.sql.replace(/\?/g, () => `$${++n}`),
    query.params,
  );
}

/**
 * S4: the statements of libs/reporting's own builders (imported from the built files, so the two
 * never drift apart), as the api runs them after its access check. A whole calendar year is the
 * annual report (`annualReportQuery`: tables 三 and 四 and the fees in one statement); any other
 * period is a quarter: `quarterlyFiguresQuery` (table 三 for the quarter and the year to date,
 * channels, processing counts, fees), then the reply times from its earliest served receipt.
 * The rows are answered as they come: no table is assembled or checked.
 */
async function statistics(agencyId, subtree, from, to) {
  const agency = await pool.query('select id, path from agency where id = $1', [agencyId]);
  const scope = { agency: agency.rows[0], includeSubtree: subtree };
  const year = Number(from.slice(0, 4));
  if (from === `${year}-01-01` && to === `${year}-12-31`) {
    const { rows } = await run(annualReportQuery(scope, year));
    return { status: 200, body: rows[0] };
  }
  const quarter = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  const { rows } = await run(quarterlyFiguresQuery(scope, year, quarter));
  const figures = rows[0];
  const replies = figures.earliest_served
    ? (await run(replyTimesQuery(calendar, scope, { from, to }, figures.earliest_served, false)))
        .rows
    : [];
  return { status: 200, body: { ...figures, replies } };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let answer;
    if (req.method === 'POST' && url.pathname === '/s1') answer = await file(await readBody(req));
    else if (url.pathname === '/s3')
      answer = await detail(url.searchParams.get('id'), url.searchParams.get('agency'));
    else if (url.pathname === '/s2')
      answer = await worklist(url.searchParams.get('agency'), url.searchParams.get('variant'));
    else if (url.pathname === '/s4')
      answer = await statistics(
        url.searchParams.get('agency'),
        url.searchParams.get('subtree') === 'true',
        url.searchParams.get('from'),
        url.searchParams.get('to'),
      );
    else answer = { status: 404, body: { error: 'no route' } };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: String(error) }));
  }
});

server.listen(Number(process.env['PORT']), '127.0.0.1', () => {
  process.stdout.write('ready\n');
});

process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
