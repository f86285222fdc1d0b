/**
 * `npm run bench [-- --smoke] [-- --size=N]`: measures Gongkai against the ceiling of this
 * machine, side by side in one run (issue 8; prisma-free-docs/performance.md explains each
 * scenario). It creates its own database (`gongkai_bench_…`), migrates it, starts the built api
 * (`npm run build` first) on a free port with its own queue prefix, runs the scenarios, prints a
 * Markdown table, writes test/bench/results/latest.json, then stops everything and drops the
 * database.
 *
 * Load comes from this process (autocannon) on loopback; the api and the ceiling server run as
 * child processes. Every response must be a 200 without GraphQL errors, or the figure is invalid
 * and the run exits with status 1.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';
import { hashPassword } from '@gongkai/platform';
import { generate } from './generate.mjs';
import { cpuSeconds, rssMb } from './proc.mjs';
import { loadDueApplications, runS6, scanDays } from './s6-reminders.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE = process.execPath;
const PG_SERVER = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const run = promisify(execFile);

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const sizeArg = args.find((arg) => arg.startsWith('--size='));
const size = sizeArg ? Number(sizeArg.slice('--size='.length)) : smoke ? 3_000 : 1_000_000;
if (!Number.isInteger(size) || size < 0) throw new Error(`--size must be a whole number`);
/** S6's due applications: 100 000 in the full run, a tenth of --size below it, 200 in smoke. */
const remindersArg = args.find((arg) => arg.startsWith('--reminders='));
const reminderCount = remindersArg
  ? Number(remindersArg.slice('--reminders='.length))
  : smoke
    ? 200
    : Math.min(100_000, Math.round(size / 10));
if (!Number.isInteger(reminderCount) || reminderCount < 0)
  throw new Error(`--reminders must be a whole number`);
/** `--only=S5,S6`: just those scenarios (S1–S4 need the api; the others do not start it). */
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).toUpperCase().split(',') : null;
const want = (scenario) => only === null || only.includes(scenario);
/** `--keep`: leave the database for EXPLAIN ANALYZE afterwards (drop it yourself). */
const keep = args.includes('--keep');
/** Seconds of load per measurement (after a warm-up) and the fixed number of connections. */
const LOAD = smoke
  ? { warmup: 1, duration: 3, connections: 8 }
  : { warmup: 5, duration: 20, connections: 16 };
/**
 * The latency targets (S2's p95, S4's time per answer) are what one user waits for, so S2 and S4
 * are also measured with one connection: under 16 connections on a 2-core machine a request's
 * latency is mostly its wait behind the 15 others (performance.md §3).
 */
const SINGLE = { ...LOAD, connections: 1 };

const SECRETS = {
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef0123456789',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * As the image and `npm start` start them (operations.md §5): the api with 8 MB semi-spaces, the
 * worker (and the ceiling) with 16, instead of V8's 64 on this much memory (performance.md §4).
 */
const semiSpaceMb = (script) => (script.startsWith('apps/api/') ? 8 : 16);

/** Starts `script` with `env`; resolves once `ready()` is true, rejects if the process exits. */
async function startProcess(script, env, ready) {
  // BENCH_CPU_PROF=<dir>: every server writes a V8 CPU profile there when it stops.
  const profile = process.env['BENCH_CPU_PROF']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`]
    : [];
  const child = spawn(NODE, [`--max-semi-space-size=${semiSpaceMb(script)}`, ...profile, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited:\n${output}`);
    if (await ready(output).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} was not ready within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The HTTP servers measured, by base URL: their process ids, for their CPU time. */
const serverPids = new Map();

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Fixed-concurrency load for `duration` seconds after a `warmup`; `request()` gives each request
 * (method, path, headers, body). A response that is not a 200, or carries GraphQL `errors`,
 * counts as an error and invalidates the figure.
 */
async function load(url, request, { warmup, duration, connections }) {
  const pid = serverPids.get(url);
  const once = async (seconds) => {
    const cpuBefore = pid === undefined ? null : await cpuSeconds(pid);
    const latencies = [];
    let errors = 0;
    let firstError = null;
    const instance = autocannon({
      url,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => ({ ...req, ...request() }),
          onResponse: (status, body) => {
            let bad = status !== 200;
            if (!bad && body.startsWith('{"errors"')) bad = true;
            else if (!bad && body.includes('"errors":[')) bad = true;
            if (bad) {
              errors++;
              firstError ??= `${status} ${body.slice(0, 300)}`;
            }
          },
        },
      ],
    });
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
    const result = await instance;
    const cpuAfter = pid === undefined ? null : await cpuSeconds(pid);
    latencies.sort((a, b) => a - b);
    const errorCount = errors + result.errors + result.timeouts;
    return {
      requests: latencies.length,
      perSecond: Math.round(latencies.length / seconds),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      // The server's own CPU per answer: what a busy machine's other load does not blur.
      cpuMsPerRequest:
        cpuBefore === null || cpuAfter === null || latencies.length === 0
          ? null
          : round(((cpuAfter - cpuBefore) * 1000) / latencies.length, 2),
      errors: errorCount,
      firstError,
      valid: errorCount === 0 && latencies.length > 0,
    };
  };
  await once(warmup);
  return once(duration);
}

const round = (value, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

async function graphql(apiUrl, query, variables, token) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  if (json.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(json.errors)}`);
  return json.data;
}

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { trackingNumber queryCode status submittedOn }
}`;
const DETAIL = `query ($id: ID!) {
  application(id: $id) {
    id trackingNumber status channel receivedOn replyDueOn version
    agency { code name }
    applicant { kind name idNumberMasked phone email }
    timeline { type label actorKind occurredAt }
    clock {
      state receivedOn baseDate replyDueOn effectiveReplyDueOn countedWorkingDaysUsed
      countedWorkingDaysRemaining overdue explanation { date kind ordinal }
    }
  }
}`;

const WORKLIST = `query ($filter: ApplicationFilter, $orderBy: ApplicationOrder) {
  applications(first: 20, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id trackingNumber status channel receivedOn replyDueOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const QUARTER = `query ($agencyId: ID!, $year: Int!, $quarter: Int!) {
  quarterlyStatistics(agencyId: $agencyId, year: $year, quarter: $quarter) {
    current { rows { key values } }
  }
}`;
const ANNUAL = `query ($agencyId: ID!, $year: Int!) {
  annualReport(agencyId: $agencyId, year: $year, includeSubtree: true) {
    feesCollectedFen tableThree { rows { key values } }
  }
}`;

/** An online filing as an applicant's browser sends it; a new idempotency key every time. */
function filing(agencyCode, n) {
  return {
    agencyCode,
    idempotencyKey: randomUUID(),
    applicant: {
      kind: 'NATURAL_PERSON',
      name: '张三',
      idType: 'RESIDENT_ID',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      email: 'bench@test.gongkai.cn',
    },
    request: {
      description: `${2019 + (n % 7)} 年度本区老旧小区改造项目第 ${n} 批的资金使用情况`,
      requestedForm: 'EMAIL',
      obtainingMethod: 'EMAIL',
    },
  };
}

/**
 * Many applicants, one address each: the per-address filing limit (20 an hour) would otherwise
 * answer RATE_LIMITED after 20 requests. The api trusts X-Forwarded-For from loopback
 * (TRUST_PROXY), as it would behind the city's reverse proxy.
 */
let filings = 0;
function nextFilingRequest(agencyCode, path) {
  const n = ++filings;
  const body =
    path === '/graphql'
      ? { query: SUBMIT, variables: { input: filing(agencyCode, n) } }
      : filing(agencyCode, n);
  return {
    method: 'POST',
    path,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify(body),
  };
}

async function runS5(durationMs) {
  const { stdout } = await run(
    NODE,
    [
      '--import',
      '@swc-node/register/esm-register',
      'test/bench/s5-clock.ts',
      `--duration-ms=${durationMs}`,
    ],
    { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' } },
  );
  return JSON.parse(stdout.trim().split('\n').pop());
}

async function main() {
  const started = Date.now();
  // The machine may be shared: the 1-minute load average every 5 s, reported as a range.
  const loads = [os.loadavg()[0]];
  const loadSampler = setInterval(() => loads.push(os.loadavg()[0]), 5_000);
  loadSampler.unref();
  const tag = randomBytes(4).toString('hex');
  const dbName = `gongkai_bench_${tag}`;
  const dbUrl = `${PG_SERVER}/${dbName}`;
  const queuePrefix = `bench-${tag}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  await admin.query(`create database "${dbName}"`);
  const cleanups = [
    async () => {
      if (keep)
        process.stderr.write(`bench: kept the database ${dbName} (--keep): drop it after\n`);
      else await admin.query(`drop database if exists "${dbName}" with (force)`);
      await admin.end();
    },
    async () => {
      const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `*${queuePrefix}*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  ];
  const results = { scenarios: {} };
  try {
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: dbUrl,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      ...SECRETS,
    };
    process.stderr.write(`bench: migrating ${dbName}\n`);
    await run(NODE, ['libs/data/dist/cli/migrate.js'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
    // An idle connection cut by the final `drop database … with (force)` is not an error.
    pool.on('error', () => undefined);
    cleanups.unshift(() => pool.end());
    const agencyId = randomUUID();
    const agencyCode = 'BENCH';
    await pool.query(
      `insert into agency (id, code, name, parent_id, path, created_at)
       values ($1, $2, '基准测试局', null, $3, now())`,
      [agencyId, agencyCode, `/${agencyId}/`],
    );
    process.stderr.write(`bench: generating ${size} applications\n`);
    const generating = Date.now();
    const { tree, counts, seconds, cpu, backendCpuSeconds } = await generate(pool, size);
    results.data = {
      applications: size,
      agencies: tree.length,
      seconds: round((Date.now() - generating) / 1000, 1),
      ...counts,
      steps: seconds,
      stepsCpu: cpu,
      backendCpuSeconds,
    };
    process.stderr.write(
      `bench: generated in ${results.data.seconds} s: ${JSON.stringify(seconds)}; PostgreSQL CPU s: ${JSON.stringify(cpu)}\n`,
    );
    const city = tree[0];
    const password = 'bench-password-1';
    const passwordHash = await hashPassword(password);
    const user = (email, role, agency) =>
      pool.query(
        `insert into app_user (id, email, display_name, roles, agency_id, password_hash, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, now(), now())`,
        [randomUUID(), email, `基准测试 ${role}`, [role], agency, passwordHash],
      );
    const officerEmail = 'officer@bench.gongkai.cn';
    await user(officerEmail, 'OFFICER', agencyId);
    await user('city-officer@bench.gongkai.cn', 'OFFICER', city.id);
    await user('city-supervisor@bench.gongkai.cn', 'SUPERVISOR', city.id);

    if (want('S6')) {
      // S6 first, with the worker alone (the api not started yet): the reminder scan and delivery.
      const days = scanDays();
      process.stderr.write(`bench: S6 loading ${reminderCount} applications due on ${days.on}\n`);
      await loadDueApplications(pool, reminderCount, days, passwordHash);
      process.stderr.write(
        'bench: S6 reminder scan and delivery (worker), then a bare BullMQ pipeline\n',
      );
      const s6 = await runS6({
        root: ROOT,
        node: NODE,
        pool,
        env,
        days,
        startProcess,
        rssMb,
        freePort,
      });
      results.scenarios.S6 = { api: s6.api, ceiling: s6.ceiling, scanDay: days.on };
      results.workerRssMb = s6.workerRssMb;
    }

    // S5 runs before the load, so it has a core to itself as far as this run goes.
    if (want('S5')) {
      process.stderr.write('bench: S5 statutory clock\n');
      results.scenarios.S5 = await runS5(smoke ? 500 : 3000);
    }

    if (['S1', 'S2', 'S3', 'S4'].some(want)) {
      const [apiPort, ceilingPort] = await Promise.all([freePort(), freePort()]);
      const apiUrl = `http://127.0.0.1:${apiPort}`;
      process.stderr.write(`bench: starting the api on ${apiUrl}\n`);
      const api = await startProcess(
        'apps/api/dist/main.js',
        { ...env, PORT: String(apiPort) },
        async () => {
          const response = await fetch(`${apiUrl}/health/ready`);
          return response.ok;
        },
      );
      cleanups.unshift(() => api.stop());
      serverPids.set(apiUrl, api.pid);
      // Each sample with the phase it was taken in, so the table can say when the peak was.
      const rss = [];
      let phase = 'start';
      const sampler = setInterval(() => {
        const during = phase;
        void rssMb(api.pid).then((mb) => mb !== null && rss.push({ mb, phase: during }));
      }, 500);
      cleanups.unshift(async () => clearInterval(sampler));

      // A first filing through the api: the template for the ceiling's inserts.
      const first = await graphql(apiUrl, SUBMIT, { input: filing(agencyCode, 0) });
      const template = await pool.query('select id from application where tracking_number = $1', [
        first.submitApplication.trackingNumber,
      ]);
      const templateId = template.rows[0].id;

      const s1Api = want('S1')
        ? (process.stderr.write('bench: S1 online filing (api)\n'),
          (phase = 'S1'),
          await load(apiUrl, () => nextFilingRequest(agencyCode, '/graphql'), LOAD))
        : null;
      const ceiling = await startProcess(
        'test/bench/ceiling-server.mjs',
        { DATABASE_URL: dbUrl, PORT: String(ceilingPort), TEMPLATE_APPLICATION_ID: templateId },
        async (output) => output.includes('ready'),
      );
      cleanups.unshift(() => ceiling.stop());
      const ceilingUrl = `http://127.0.0.1:${ceilingPort}`;
      serverPids.set(ceilingUrl, ceiling.pid);
      if (s1Api) {
        process.stderr.write('bench: S1 online filing (ceiling)\n');
        const s1Ceiling = await load(ceilingUrl, () => nextFilingRequest(agencyCode, '/s1'), LOAD);
        results.scenarios.S1 = { api: s1Api, ceiling: s1Ceiling };
      }

      // S3: the template application, received (confirmed by the officer), as the officer sees it.
      // A sign-in is a phase of its own: argon2 holds its memory cost (46 MiB) outside V8's heap
      // while it checks the password (performance.md §4).
      const signIn = async (email) => {
        const before = phase;
        phase = 'sign-in';
        const answer = await graphql(
          apiUrl,
          'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
          { input: { email, password } },
        );
        phase = before;
        return answer.login.accessToken;
      };
      if (want('S3')) {
        const token = await signIn(officerEmail);
        await graphql(
          apiUrl,
          `
            mutation ($input: ConfirmReceiptInput!) {
              confirmReceipt(input: $input) {
                receipt {
                  status
                }
              }
            }
          `,
          { input: { applicationId: templateId, expectedVersion: 1 } },
          token,
        );
        const detailBody = JSON.stringify({ query: DETAIL, variables: { id: templateId } });
        process.stderr.write('bench: S3 application detail (api)\n');
        phase = 'S3';
        const s3Api = await load(
          apiUrl,
          () => ({
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: detailBody,
          }),
          LOAD,
        );
        process.stderr.write('bench: S3 application detail (ceiling)\n');
        const s3Ceiling = await load(
          ceilingUrl,
          () => ({ method: 'GET', path: `/s3?id=${templateId}&agency=${agencyId}` }),
          LOAD,
        );
        results.scenarios.S3 = { api: s3Api, ceiling: s3Ceiling };
      }

      // S2: the city officer's worklist, first page of 20: open cases by due date, and all cases
      // newest first, alternately.
      const cityOfficer = await signIn('city-officer@bench.gongkai.cn');
      const gql = (query, variables, bearer) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      const worklistBodies = [
        gql(WORKLIST, { filter: {}, orderBy: 'REPLY_DUE_ON_ASC' }, cityOfficer),
        gql(
          WORKLIST,
          { filter: { includeConcluded: true }, orderBy: 'RECEIVED_ON_DESC' },
          cityOfficer,
        ),
      ];
      if (want('S2')) {
        let turn = 0;
        process.stderr.write('bench: S2 worklist (api)\n');
        phase = 'S2';
        const s2Api = await load(apiUrl, () => worklistBodies[turn++ % 2], LOAD);
        process.stderr.write('bench: S2 worklist (ceiling)\n');
        const s2CeilingRequest = () => ({
          method: 'GET',
          path: `/s2?agency=${city.id}&variant=${turn++ % 2 ? 'all' : 'open'}`,
        });
        const s2Ceiling = await load(ceilingUrl, s2CeilingRequest, LOAD);
        results.scenarios.S2 = { api: s2Api, ceiling: s2Ceiling };
        process.stderr.write('bench: S2 worklist, one connection (api, ceiling)\n');
        results.scenarios.S2single = {
          api: await load(apiUrl, () => worklistBodies[turn++ % 2], SINGLE),
          ceiling: await load(ceilingUrl, s2CeilingRequest, SINGLE),
        };
      }

      // S4: one agency-quarter (the city's own applications, last year's Q4) and the annual table
      // of the whole city subtree for last year.
      const year = new Date().getUTCFullYear() - 1;
      const supervisor = await signIn('city-supervisor@bench.gongkai.cn');
      if (want('S4')) {
        const quarterApi = () => gql(QUARTER, { agencyId: city.id, year, quarter: 4 }, cityOfficer);
        const annualApi = () => gql(ANNUAL, { agencyId: city.id, year }, supervisor);
        const quarterCeiling = () => ({
          method: 'GET',
          path: `/s4?agency=${city.id}&subtree=false&from=${year}-10-01&to=${year}-12-31`,
        });
        const annualCeiling = () => ({
          method: 'GET',
          path: `/s4?agency=${city.id}&subtree=true&from=${year}-01-01&to=${year}-12-31`,
        });
        for (const [key, connections, options] of [
          ['', LOAD.connections, LOAD],
          ['single', 1, SINGLE],
        ]) {
          process.stderr.write(
            `bench: S4 statistics, ${connections} connection(s) (api, ceiling)\n`,
          );
          phase = `S4${key}`;
          const quarter = await load(apiUrl, quarterApi, options);
          const annual = await load(apiUrl, annualApi, options);
          results.scenarios[`S4quarter${key}`] = {
            api: quarter,
            ceiling: await load(ceilingUrl, quarterCeiling, options),
          };
          results.scenarios[`S4annual${key}`] = {
            api: annual,
            ceiling: await load(ceilingUrl, annualCeiling, options),
          };
        }
      }

      clearInterval(sampler);
      const byPhase = {};
      for (const sample of rss)
        byPhase[sample.phase] = Math.max(byPhase[sample.phase] ?? 0, sample.mb);
      results.apiRssMb = {
        max: Math.max(...rss.map((sample) => sample.mb)),
        last: rss.at(-1)?.mb ?? null,
        samples: rss.length,
        // The highest sample in each phase: 'start' is from ready to the first S1 request (the
        // first filing included), 'sign-in' the harness's logins between scenarios.
        byPhase,
      };
    }

    const versions = await pool.query('show server_version');
    results.machine = {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 1024 ** 3, 1),
      loadAverage1m: round(os.loadavg()[0], 1),
      loadAverageDuringRun: {
        min: round(Math.min(...loads), 1),
        mean: round(loads.reduce((sum, value) => sum + value, 0) / loads.length, 1),
        max: round(Math.max(...loads), 1),
      },
      node: process.version,
      postgres: versions.rows[0].server_version,
      platform: `${os.platform()} ${os.release()}`,
    };
    results.run = {
      at: new Date().toISOString(),
      smoke,
      size,
      load: LOAD,
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    for (const cleanup of cleanups) {
      await cleanup().catch((error) => process.stderr.write(`bench: cleanup: ${error}\n`));
    }
  }
  return results;
}

function report(results) {
  const rows = [];
  const ms = (value) => (value === null ? '–' : String(round(value, 1)));
  const pair = (id, name, { api, ceiling }, target) => {
    const ratio = ceiling.perSecond > 0 ? round(api.perSecond / ceiling.perSecond) : null;
    const valid = api.valid && ceiling.valid;
    rows.push(
      `| ${id} | ${name} | ${api.perSecond}/s | ${ms(api.p50)} / ${ms(api.p95)} / ${ms(api.p99)} | ${ceiling.perSecond}/s | ${ms(ceiling.p50)} / ${ms(ceiling.p95)} / ${ms(ceiling.p99)} | ${valid ? ratio : `INVALID (${api.errors + ceiling.errors} errors)`} | ${api.cpuMsPerRequest ?? '–'} / ${ceiling.cpuMsPerRequest ?? '–'} | ${target} |`,
    );
    return valid;
  };
  const { S1, S2, S2single, S3, S4quarter, S4annual, S4quartersingle, S4annualsingle, S5, S6 } =
    results.scenarios;
  const many = `${results.run.load.connections} connections`;
  const checks = [
    S1 && pair('S1', 'online filing (`submitApplication`)', S1, '≥ 0.5'),
    S2 && pair('S2', `worklist page (\`applications\`, keyset), ${many}`, S2, '≥ 0.5'),
    S2single && pair('S2', 'worklist page, one connection', S2single, 'p95 ≤ 20 ms, ≥ 0.5'),
    S3 && pair('S3', 'application detail with timeline and clock', S3, '≥ 0.5'),
    S4quarter && pair('S4', `quarterly statistics, one agency, ${many}`, S4quarter, ''),
    S4quartersingle &&
      pair('S4', 'quarterly statistics, one agency, one connection', S4quartersingle, '≤ 200 ms'),
    S4annual && pair('S4', `annual table, city subtree, ${many}`, S4annual, ''),
    S4annualsingle &&
      pair('S4', 'annual table, city subtree, one connection', S4annualsingle, '≤ 1 s'),
  ];
  if (S5) {
    rows.push(
      `| S5 | due dates (\`computeDueDate\`, no pause) | ${S5.noPausePerSecond.toLocaleString('en')}/s | | | | | | ≥ 5,000,000/s |`,
      `| S5 | due dates with pauses | ${S5.withEventsPerSecond.toLocaleString('en')}/s | | | | | | |`,
      `| S5 | full statutory clock with explanation | ${S5.fullClockPerSecond.toLocaleString('en')}/s | | | | | | |`,
    );
  }
  if (S6) {
    // The same number of jobs on both sides: one per e-mail.
    const s6Valid = S6.api.valid && S6.ceiling.jobs === S6.api.emails;
    const ratio =
      S6.ceiling.perSecond > 0 ? round(S6.api.emailsPerSecond / S6.ceiling.perSecond) : null;
    checks.push(s6Valid);
    rows.push(
      `| S6 | reminder scan and delivery: ${S6.api.items.toLocaleString('en')} items, ${S6.api.emails.toLocaleString('en')} e-mails (scan ${S6.api.scanSeconds} s, all delivered ${S6.api.seconds} s; no-op ${S6.ceiling.seconds} s) | ${S6.api.itemsPerSecond}/s items, ${S6.api.emailsPerSecond}/s e-mails | | ${S6.ceiling.perSecond}/s no-op jobs | | ${s6Valid ? ratio : `INVALID (${S6.api.error ?? 'job counts differ'})`} | ${S6.api.cpuMsPerEmail ?? '–'} / ${S6.ceiling.cpuMsPerJob ?? '–'} | ≥ 0.5 |`,
    );
  }
  if (results.apiRssMb) {
    rows.push(
      `| RSS | api resident memory (max / end; max by phase: ${Object.entries(
        results.apiRssMb.byPhase,
      )
        .map(([phase, mb]) => `${phase} ${mb}`)
        .join(
          ', ',
        )}) | ${results.apiRssMb.max} / ${results.apiRssMb.last} MB | | | | | | ≤ 300 MB |`,
    );
  }
  if (results.workerRssMb) {
    rows.push(
      `| RSS | worker resident memory during S6 (max / end) | ${results.workerRssMb.max} / ${results.workerRssMb.last} MB | | | | | | |`,
    );
  }
  const valid = checks.every((check) => check !== false);
  const m = results.machine;
  const lines = [
    `## Gongkai bench (${results.run.smoke ? 'smoke' : `--size=${results.run.size}`})`,
    '',
    `${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, load average ${m.loadAverageDuringRun.min}–${m.loadAverageDuringRun.max} (mean ${m.loadAverageDuringRun.mean}) during the run; Node ${m.node}; PostgreSQL ${m.postgres}; ${results.run.load.connections} connections, ${results.run.load.duration} s after ${results.run.load.warmup} s warm-up.`,
    `${results.data.applications.toLocaleString('en')} applications across ${results.data.agencies} agencies, generated in ${results.data.seconds} s (${results.data.backendCpuSeconds ?? '?'} s of PostgreSQL CPU), with ${[
      ['events', 'timeline events'],
      ['supplements', 'supplement requests'],
      ['consultations', 'consultations'],
      ['extensions', 'extensions'],
      ['fees', 'fee notices'],
      ['reviews', 'reviews'],
    ]
      .map(([key, label]) => `${results.data[key].toLocaleString('en')} ${label}`)
      .join(', ')}.`,
    '',
    '| | scenario | Gongkai | p50 / p95 / p99 ms | ceiling | p50 / p95 / p99 ms | ratio | server CPU ms per request (Gongkai / ceiling) | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ];
  for (const [id, scenario] of Object.entries({
    S1,
    S2,
    S2single,
    S3,
    S4quarter,
    S4annual,
    S4quartersingle,
    S4annualsingle,
  })) {
    if (!scenario) continue;
    for (const side of ['api', 'ceiling']) {
      if (scenario[side].firstError)
        lines.push('', `${id} ${side} first error: ${scenario[side].firstError}`);
    }
  }
  return { markdown: lines.join('\n'), valid };
}

const results = await main();
const { markdown, valid } = report(results);
results.valid = valid;
await mkdir(join(ROOT, 'test/bench/results'), { recursive: true });
await writeFile(
  join(ROOT, 'test/bench/results/latest.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
process.stdout.write(`${markdown}\n`);
if (!valid) {
  process.stderr.write('bench: some responses were errors; those figures are invalid\n');
  process.exit(1);
}
process.exit(0);
