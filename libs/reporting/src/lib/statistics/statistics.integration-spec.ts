import { MikroORM } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { Agency, createOrmConfig } from '@gongkai/data';
import {
  APPLICANT_KINDS,
  ApplicantKind,
  countApplications,
  assembleTableThree,
  createNationalCalendar,
  DomainError,
  Outcome,
  OUTCOMES,
  quarterPeriod,
  ReportTemplate,
  yearPeriod,
  type TableThree,
  type TableThreeRowKey,
} from '@gongkai/rules';
import {
  createAgency,
  createTestDatabase,
  createUser,
  insertApplicationRows,
  type AgencyRow,
  type ApplicationRowInput,
  type TestDatabase,
} from '@gongkai/testing';
import { buildAnnualReport } from '../annual-report/build-annual-report.js';
import { buildQuarterlyStatistics } from './build-quarterly-statistics.js';
import { StatisticsRollUpQuery } from '../use-cases/statistics-roll-up.query.js';
import { queryTableThree } from './query-table-three.js';

const NP = ApplicantKind.NATURAL_PERSON;
const CE = ApplicantKind.COMMERCIAL_ENTERPRISE;
type Row = readonly [number, number, number, number, number, number, number];
const ZERO: Row = [0, 0, 0, 0, 0, 0, 0];

function cells(table: TableThree, key: TableThreeRowKey): Row {
  const c = table.rows[key];
  if (!c) throw new Error(`row ${key} missing`);
  return [...APPLICANT_KINDS.map((k) => c[k]), c.TOTAL] as unknown as Row;
}

/** Every row of the table equals the published one (rows not listed are all zero). */
function expectPublished(table: TableThree, nonzero: Partial<Record<TableThreeRowKey, Row>>) {
  for (const key of Object.keys(table.rows) as TableThreeRowKey[]) {
    expect({ key, cells: cells(table, key) }).toEqual({ key, cells: nonzero[key] ?? ZERO });
  }
}

function times(n: number, row: ApplicationRowInput): ApplicationRowInput[] {
  return Array.from({ length: n }, () => row);
}

describe('statistics by SQL aggregation (integration)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const calendar = createNationalCalendar();

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await MikroORM.init(createOrmConfig({ databaseUrl: db.url, poolMax: 4 }));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const agencyEntity = (row: AgencyRow) => orm.em.fork().findOneOrFail(Agency, row.id);

  it('rebuilds 上海市科学技术委员会 2024 (regulation.md §8.2) cell for cell, with the carry-over from 2023', async () => {
    const agency = await createAgency(db.pool, { name: '上海市科学技术委员会' });
    const granted = Outcome.GRANTED;
    const done = (n: number, kind: string, outcome: Outcome, on: string) =>
      times(n, {
        applicantKind: kind,
        receivedOn: '2024-03-01',
        concludedOn: on,
        outcome,
        servedOn: on,
      });
    await insertApplicationRows(db.pool, agency, [
      // 二、上年结转 2: received in 2023, concluded in 2024.
      ...times(2, { receivedOn: '2023-12-20', concludedOn: '2024-01-10', outcome: granted }),
      ...done(7, NP, granted, '2024-04-01'),
      ...done(1, NP, Outcome.WITHHELD_INTERNAL_AFFAIRS, '2024-04-01'),
      ...done(1, NP, Outcome.WITHHELD_PROCESS_INFORMATION, '2024-04-01'),
      ...done(4, NP, Outcome.UNAVAILABLE_NOT_HELD, '2024-05-06'),
      ...done(6, NP, Outcome.UNAVAILABLE_NEEDS_CREATION, '2024-06-03'),
      ...done(8, NP, Outcome.OTHER_NO_SUPPLEMENT, '2024-07-01'),
      ...times(4, {
        receivedOn: '2024-03-01',
        concludedOn: '2024-12-31',
        outcome: Outcome.OTHER,
        withdrawn: true,
      }),
      ...done(2, CE, Outcome.OTHER_NO_SUPPLEMENT, '2024-08-01'),
      // 四、结转下年度 1: received 2024-12-31, concluded 2025-01-02.
      { receivedOn: '2024-12-31', concludedOn: '2025-01-02', outcome: granted },
      // Not in 2024 at all: concluded in 2023, received in 2025, never confirmed.
      ...times(3, {
        applicantKind: CE,
        receivedOn: '2023-02-01',
        concludedOn: '2023-12-29',
        outcome: granted,
      }),
      ...times(2, { receivedOn: '2025-01-01' }),
      { receivedOn: null },
    ]);
    const [review] = await db.pool
      .query<{ id: string }>(
        `select id from application where agency_id = $1 and received_on = '2023-12-20' limit 1`,
        [agency.id],
      )
      .then((r) => r.rows);
    await db.pool.query(
      `insert into administrative_review (id, application_id, kind, filed_on, result, result_on, created_at, updated_at)
       values (gen_random_uuid(), $1, 'RECONSIDERATION', '2024-03-01', 'UPHELD', '2024-05-01', now(), now()),
              (gen_random_uuid(), $1, 'RECONSIDERATION', '2023-03-01', 'CORRECTED', '2023-05-01', now(), now())`,
      [review!.id],
    );

    const report = await buildAnnualReport(orm.em.fork(), await agencyEntity(agency), 2024, false);
    expect(report.template).toBe(ReportTemplate.TEMPLATE_2021);
    expectPublished(report.tableThree, {
      RECEIVED: [32, 2, 0, 0, 0, 0, 34],
      CARRIED_IN: [2, 0, 0, 0, 0, 0, 2],
      [Outcome.GRANTED]: [9, 0, 0, 0, 0, 0, 9],
      [Outcome.WITHHELD_INTERNAL_AFFAIRS]: [1, 0, 0, 0, 0, 0, 1],
      [Outcome.WITHHELD_PROCESS_INFORMATION]: [1, 0, 0, 0, 0, 0, 1],
      [Outcome.UNAVAILABLE_NOT_HELD]: [4, 0, 0, 0, 0, 0, 4],
      [Outcome.UNAVAILABLE_NEEDS_CREATION]: [6, 0, 0, 0, 0, 0, 6],
      [Outcome.OTHER_NO_SUPPLEMENT]: [8, 2, 0, 0, 0, 0, 10],
      [Outcome.OTHER]: [4, 0, 0, 0, 0, 0, 4],
      CONCLUDED_TOTAL: [33, 2, 0, 0, 0, 0, 35],
      CARRIED_OUT: [1, 0, 0, 0, 0, 0, 1],
    });
    // Table 四: 复议 1, 0, 0, 0, 1; all 诉讼 0. No fees.
    expect(report.tableFour.groups.RECONSIDERATION).toEqual({
      UPHELD: 1,
      CORRECTED: 0,
      OTHER: 0,
      PENDING: 0,
      TOTAL: 1,
    });
    expect(report.tableFour.groups.LITIGATION_DIRECT.TOTAL).toBe(0);
    expect(report.tableFour.groups.LITIGATION_AFTER_RECONSIDERATION.TOTAL).toBe(0);
    expect(report.feesCollectedFen).toBe(0);

    // 2025 carries in exactly what 2024 carried out.
    const next = await queryTableThree(
      orm.em.fork(),
      { agency, includeSubtree: false },
      yearPeriod(2025),
      ReportTemplate.TEMPLATE_2021,
    );
    expect(cells(next, 'CARRIED_IN')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(cells(next, 'RECEIVED')).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('rebuilds 沭阳县发展和改革局 2023 (regulation.md §8.3): 26 natural persons, all granted', async () => {
    const agency = await createAgency(db.pool, { name: '沭阳县发展和改革局' });
    await insertApplicationRows(
      db.pool,
      agency,
      Array.from({ length: 26 }, (_, i) => {
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = String((i % 11) + 1).padStart(2, '0');
        return {
          receivedOn: `2023-${month}-${day}`,
          concludedOn: `2023-${month}-${day}`,
          outcome: Outcome.GRANTED,
        };
      }),
    );
    const report = await buildAnnualReport(orm.em.fork(), await agencyEntity(agency), 2023, false);
    expectPublished(report.tableThree, {
      RECEIVED: [26, 0, 0, 0, 0, 0, 26],
      [Outcome.GRANTED]: [26, 0, 0, 0, 0, 0, 26],
      CONCLUDED_TOTAL: [26, 0, 0, 0, 0, 0, 26],
    });
  });

  it('puts year and quarter boundaries, supplement restarts, withdrawals, deemed withdrawals and fee non-payment in the right rows', async () => {
    const agency = await createAgency(db.pool);
    await insertApplicationRows(db.pool, agency, [
      // Received on 12-31: this year's 一 and 四; concluded on 01-01: next year's 二 and result.
      { receivedOn: '2023-12-31', concludedOn: '2024-01-01', outcome: Outcome.PARTIALLY_GRANTED },
      // Supplement asked in Q1 and received in Q2 (the clock restarts, the receipt date stays).
      {
        applicantKind: CE,
        receivedOn: '2024-03-25',
        concludedOn: '2024-04-20',
        outcome: Outcome.GRANTED,
      },
      {
        receivedOn: '2024-05-06',
        concludedOn: '2024-05-08',
        outcome: Outcome.OTHER,
        withdrawn: true,
      },
      { receivedOn: '2024-05-06', concludedOn: '2024-06-28', outcome: Outcome.OTHER_NO_SUPPLEMENT },
      { receivedOn: '2024-06-03', concludedOn: '2024-07-31', outcome: Outcome.OTHER_FEE_UNPAID },
    ]);
    const em = orm.em.fork();
    const scope = { agency, includeSubtree: false };
    const t2021 = ReportTemplate.TEMPLATE_2021;
    const y2023 = await queryTableThree(em, scope, yearPeriod(2023), t2021);
    expect(cells(y2023, 'RECEIVED')[6]).toBe(1);
    expect(cells(y2023, 'CARRIED_OUT')[6]).toBe(1);
    expect(cells(y2023, 'CONCLUDED_TOTAL')[6]).toBe(0);
    const q1 = await queryTableThree(em, scope, quarterPeriod(2024, 1), t2021);
    expect(cells(q1, 'CARRIED_IN')[6]).toBe(1);
    expect(cells(q1, Outcome.PARTIALLY_GRANTED)[6]).toBe(1);
    expect(cells(q1, 'RECEIVED')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(cells(q1, 'CARRIED_OUT')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    const q2 = await queryTableThree(em, scope, quarterPeriod(2024, 2), t2021);
    expect(cells(q2, 'CARRIED_IN')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(cells(q2, Outcome.GRANTED)).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(cells(q2, Outcome.OTHER)[6]).toBe(1);
    expect(cells(q2, Outcome.OTHER_NO_SUPPLEMENT)[6]).toBe(1);
    expect(cells(q2, 'CARRIED_OUT')[6]).toBe(1);
    const q3 = await queryTableThree(em, scope, quarterPeriod(2024, 3), t2021);
    expect(cells(q3, Outcome.OTHER_FEE_UNPAID)[6]).toBe(1);
    // In the 2019 template (report year 2020) the three （六） rows are one.
    await insertApplicationRows(db.pool, agency, [
      { receivedOn: '2020-03-02', concludedOn: '2020-03-20', outcome: Outcome.OTHER_NO_SUPPLEMENT },
      {
        receivedOn: '2020-03-02',
        concludedOn: '2020-04-20',
        outcome: Outcome.OTHER,
        withdrawn: true,
      },
    ]);
    const y2020 = await queryTableThree(em, scope, yearPeriod(2020), ReportTemplate.TEMPLATE_2019);
    expect(cells(y2020, 'OTHER_PROCESSING')[6]).toBe(2);
  });

  it('refuses a concluded application without an outcome with a coded error', async () => {
    const agency = await createAgency(db.pool);
    await insertApplicationRows(db.pool, agency, [
      { receivedOn: '2024-02-01', concludedOn: '2024-02-10' },
    ]);
    const error = await queryTableThree(
      orm.em.fork(),
      { agency, includeSubtree: false },
      yearPeriod(2024),
      ReportTemplate.TEMPLATE_2021,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('STATISTICS.OUTCOME_MISSING');
  });

  it('computes the quarterly figures: channels, timeliness in working days, extensions, supplements, consultations, fees', async () => {
    const agency = await createAgency(db.pool);
    const officer = await createUser(db.pool, { roles: ['OFFICER'], agency });
    // 2024 Q2. 04-01 (Mon) → 04-08 (Mon) is 4 working days: Qingming 04-04..06 off, Sunday
    // 04-07 a make-up working day. 04-01 → 06-03 is 43; 05-06 → 05-10 is 4.
    const [a, b, c] = await insertApplicationRows(db.pool, agency, [
      {
        channel: 'ONLINE',
        receivedOn: '2024-04-01',
        concludedOn: '2024-04-08',
        outcome: Outcome.GRANTED,
        servedOn: '2024-04-08',
        replyDueOn: '2024-04-29',
      },
      {
        channel: 'ONLINE',
        receivedOn: '2024-04-01',
        concludedOn: '2024-06-03',
        outcome: Outcome.GRANTED,
        servedOn: '2024-06-03',
        replyDueOn: '2024-05-29',
        extensionApprovedOn: '2024-04-20',
      },
      {
        channel: 'LETTER',
        receivedOn: '2024-05-06',
        concludedOn: '2024-05-10',
        outcome: Outcome.GRANTED,
        servedOn: '2024-05-10',
        replyDueOn: '2024-06-03',
      },
      // Withdrawn: concluded but never served, so no reply to time.
      {
        channel: 'IN_PERSON',
        receivedOn: '2024-06-03',
        concludedOn: '2024-06-04',
        outcome: Outcome.OTHER,
        withdrawn: true,
      },
      { channel: 'IN_PERSON', receivedOn: '2024-06-28' },
      // Q1: not in the quarter's channels.
      {
        channel: 'FAX',
        receivedOn: '2024-03-28',
        concludedOn: '2024-03-29',
        outcome: Outcome.GRANTED,
        servedOn: '2024-03-29',
        replyDueOn: '2024-04-26',
      },
    ]);
    await db.pool.query(
      `insert into supplement_request (id, application_id, items, requested_on, due_on, late, received_late, requested_by_id, created_at)
       values (gen_random_uuid(), $1, '["文号"]', '2024-04-02', '2024-04-20', false, false, $3, now()),
              (gen_random_uuid(), $2, '["文号"]', '2024-03-29', '2024-04-20', false, false, $3, now())`,
      [a, c, officer.id],
    );
    await db.pool.query(
      `insert into consultation (id, application_id, kind, party_name, sent_on, created_at)
       values (gen_random_uuid(), $1, 'THIRD_PARTY', '第三方', '2024-05-01', now()),
              (gen_random_uuid(), $1, 'OTHER_AGENCY', '其他机关', '2024-07-01', now())`,
      [b],
    );
    await db.pool.query(
      `insert into fee_notice (id, application_id, method, assessed_fen, amount_fen, breakdown, issued_on, paid_on, late, paid_late, created_at)
       values (gen_random_uuid(), $1, 'BY_VOLUME', 20000, 20000, '[]', '2024-04-10', '2024-04-15', false, false, now()),
              (gen_random_uuid(), $2, 'BY_VOLUME', 5000, 5000, '[]', '2024-03-01', '2024-04-02', false, false, now())`,
      [a, b],
    );

    const s = await buildQuarterlyStatistics(
      orm.em.fork(),
      calendar,
      await agencyEntity(agency),
      2024,
      2,
      false,
    );
    expect(s.period).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(s.yearToDatePeriod).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(s.channels.map((x) => [x.label, x.received, x.percentage])).toEqual([
      ['当面', 2, '40.00'],
      ['信函（邮寄）', 1, '20.00'],
      ['网络', 2, '40.00'],
      ['传真', 0, '0.00'],
    ]);
    expect(s.replies).toEqual({
      onTime: 2,
      late: 1,
      averageWorkingDays: '17.00',
      medianWorkingDays: 4,
    });
    expect(s.extensions).toBe(1);
    expect(s.supplementRequests).toBe(1);
    expect(s.consultations).toBe(1);
    expect(s.feeNotices).toBe(1);
    expect(s.feesCollectedFen).toBe(25000);
    expect(s.pendingAtEnd).toBe(1);
    expect(cells(s.current, 'RECEIVED')[6]).toBe(5);
    expect(cells(s.yearToDate, 'RECEIVED')[6]).toBe(6);
    expect(cells(s.yearToDate, Outcome.GRANTED)[6]).toBe(4);
  });

  it('rolls up: the agency itself, each child with its subtree, and the whole tree add up', async () => {
    const city = await createAgency(db.pool, { name: '测试市人民政府' });
    const dept = await createAgency(db.pool, { name: '测试市发展和改革委员会', parent: city });
    const town = await createAgency(db.pool, { name: '测试镇人民政府', parent: city });
    const office = await createAgency(db.pool, { name: '发改委派出机构', parent: dept });
    const row = (receivedOn: string, concludedOn?: string): ApplicationRowInput =>
      concludedOn ? { receivedOn, concludedOn, outcome: Outcome.GRANTED } : { receivedOn };
    await insertApplicationRows(db.pool, city, [
      row('2024-01-05', '2024-01-20'),
      row('2023-12-01'),
    ]);
    await insertApplicationRows(db.pool, dept, [
      row('2024-02-05', '2024-03-01'),
      row('2024-03-05'),
    ]);
    await insertApplicationRows(db.pool, office, [row('2024-02-05', '2024-04-01')]);
    await insertApplicationRows(db.pool, town, [row('2024-03-30', '2024-03-31')]);
    const query = new StatisticsRollUpQuery(orm.em);
    const r = await query.execute({
      principal: { userId: 'u', roles: ['SUPERVISOR'], agencyId: city.id },
      agencyId: city.id,
      year: 2024,
      quarter: 1,
    });
    expect(r.children.map((c) => c.agency.name).sort()).toEqual([dept.name, town.name].sort());
    const total = (t: TableThree, key: TableThreeRowKey) => cells(t, key)[6];
    const byName = new Map(r.children.map((c) => [c.agency.name, c.table]));
    expect(total(r.own.table, 'RECEIVED')).toBe(1);
    expect(total(r.own.table, 'CARRIED_IN')).toBe(1);
    expect(total(byName.get(dept.name)!, 'RECEIVED')).toBe(3);
    expect(total(byName.get(dept.name)!, 'CARRIED_OUT')).toBe(2);
    expect(total(byName.get(town.name)!, 'CONCLUDED_TOTAL')).toBe(1);
    for (const key of Object.keys(r.subtree.table.rows) as TableThreeRowKey[]) {
      const parts = [r.own.table, ...r.children.map((c) => c.table)].map((t) => cells(t, key));
      const sum = parts.reduce((acc, p) => acc.map((v, i) => v + p[i]!) as unknown as Row, ZERO);
      expect({ key, cells: cells(r.subtree.table, key) }).toEqual({ key, cells: sum });
    }
    expect(total(r.subtree.table, 'RECEIVED')).toBe(5);
    // A supervisor of the township sees nothing above it.
    const refused = await query
      .execute({
        principal: { userId: 'u', roles: ['SUPERVISOR'], agencyId: town.id },
        agencyId: city.id,
        year: 2024,
      })
      .catch((e: unknown) => e);
    expect((refused as DomainError).code).toBe('AUTH.FORBIDDEN');
  });

  it('property: random applications over three years — identities hold in every quarter and year, quarters add up to the year, and SQL equals the in-memory definition', async () => {
    const day0 = Date.UTC(2022, 0, 1);
    const date = (offset: number) =>
      new Date(day0 + offset * 86_400_000).toISOString().slice(0, 10);
    const application = fc.record({
      kind: fc.constantFrom(...APPLICANT_KINDS),
      received: fc.integer({ min: 0, max: 3 * 365 }),
      concludedAfter: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
      outcome: fc.constantFrom(...OUTCOMES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(application, { minLength: 1, maxLength: 60 }), async (apps) => {
        const agency = await createAgency(db.pool);
        const rows = apps.map((x) => ({
          applicantKind: x.kind,
          receivedOn: date(x.received),
          concludedOn: x.concludedAfter === undefined ? null : date(x.received + x.concludedAfter),
          outcome: x.concludedAfter === undefined ? null : x.outcome,
        }));
        await insertApplicationRows(db.pool, agency, rows);
        const facts = rows.map((r) => ({
          applicantKind: r.applicantKind,
          receivedOn: r.receivedOn,
          ...(r.concludedOn ? { concludedOn: r.concludedOn, outcome: r.outcome! } : {}),
        }));
        const em = orm.em.fork();
        const scope = { agency, includeSubtree: false };
        const t = ReportTemplate.TEMPLATE_2021;
        for (const year of [2022, 2023, 2024]) {
          const yearTable = await queryTableThree(em, scope, yearPeriod(year), t);
          expect(yearTable).toEqual(
            assembleTableThree(t, countApplications(facts, yearPeriod(year))),
          );
          const quarters: TableThree[] = [];
          for (const q of [1, 2, 3, 4] as const) {
            quarters.push(await queryTableThree(em, scope, quarterPeriod(year, q), t));
          }
          for (const key of Object.keys(yearTable.rows) as TableThreeRowKey[]) {
            if (key === 'CARRIED_IN' || key === 'CARRIED_OUT') continue;
            const sum = quarters.reduce(
              (acc, q) => acc.map((v, i) => v + cells(q, key)[i]!) as unknown as Row,
              ZERO,
            );
            expect({ year, key, cells: sum }).toEqual({ year, key, cells: cells(yearTable, key) });
          }
          expect(cells(quarters[0]!, 'CARRIED_IN')).toEqual(cells(yearTable, 'CARRIED_IN'));
          expect(cells(quarters[3]!, 'CARRIED_OUT')).toEqual(cells(yearTable, 'CARRIED_OUT'));
          for (const i of [0, 1, 2]) {
            expect(cells(quarters[i]!, 'CARRIED_OUT')).toEqual(
              cells(quarters[i + 1]!, 'CARRIED_IN'),
            );
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
