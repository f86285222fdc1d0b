import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay, type LocalDate } from '../date/local-date.js';
import { DomainError } from '../errors/domain-error.js';
import { APPLICANT_KINDS, ApplicantKind } from '../outcomes/applicant-kind.js';
import { Outcome, OUTCOMES } from '../outcomes/outcome.js';
import type { ApplicationFacts } from './application-facts.js';
import { assembleTableThree } from './assemble-table-three.js';
import { buildTableThree } from './build-table-three.js';
import { countApplications } from './count-applications.js';
import { ReportTemplate, templateForReportYear } from './report-template.js';
import { quarterPeriod, yearPeriod } from './statistics-period.js';
import type { TableThree, TableThreeCells, TableThreeRowKey } from './table-three.js';
import { assertTableThreeIdentities, checkTableThreeIdentities } from './table-three-identities.js';
import { tableThreeLayout } from './table-three-layout.js';

const NP = ApplicantKind.NATURAL_PERSON;
const CE = ApplicantKind.COMMERCIAL_ENTERPRISE;

/** `n` copies of one application. */
function apps(n: number, fact: ApplicationFacts): ApplicationFacts[] {
  return Array.from({ length: n }, () => fact);
}

/** A published row as [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]. */
type PublishedRow = readonly [number, number, number, number, number, number, number];

function asRow(cells: TableThreeCells | undefined): PublishedRow {
  if (!cells) throw new Error('row missing');
  const [a, b, c, d, e, f] = APPLICANT_KINDS.map((k) => cells[k]);
  return [a ?? 0, b ?? 0, c ?? 0, d ?? 0, e ?? 0, f ?? 0, cells.TOTAL];
}

/** Compares every cell of the table with a published table given as its nonzero rows. */
function expectPublished(
  table: TableThree,
  nonzero: Partial<Record<TableThreeRowKey, PublishedRow>>,
): void {
  for (const row of tableThreeLayout(table.template).rows) {
    const expected = nonzero[row.key] ?? [0, 0, 0, 0, 0, 0, 0];
    expect({ row: row.label, cells: asRow(table.rows[row.key]) }).toEqual({
      row: row.label,
      cells: expected,
    });
  }
}

describe('table 三 rebuilt from real published reports (regulation.md §8)', () => {
  it('上海市科学技术委员会 2024 (§8.2), cell for cell', () => {
    const concluded = (n: number, applicantKind: ApplicantKind, outcome: Outcome, on: LocalDate) =>
      apps(n, { applicantKind, receivedOn: '2024-03-01', concludedOn: on, outcome });
    const facts: ApplicationFacts[] = [
      // 二、上年结转: received in 2023, concluded in 2024.
      ...apps(2, {
        applicantKind: NP,
        receivedOn: '2023-12-20',
        concludedOn: '2024-01-10',
        outcome: Outcome.GRANTED,
      }),
      // 一、本年新收 34 = 32 + 2, of which 31 + 2 concluded in 2024 and 1 carried out.
      ...concluded(7, NP, Outcome.GRANTED, '2024-04-01'),
      ...concluded(1, NP, Outcome.WITHHELD_INTERNAL_AFFAIRS, '2024-04-01'),
      ...concluded(1, NP, Outcome.WITHHELD_PROCESS_INFORMATION, '2024-04-01'),
      ...concluded(4, NP, Outcome.UNAVAILABLE_NOT_HELD, '2024-05-01'),
      ...concluded(6, NP, Outcome.UNAVAILABLE_NEEDS_CREATION, '2024-06-01'),
      ...concluded(8, NP, Outcome.OTHER_NO_SUPPLEMENT, '2024-07-01'),
      ...concluded(4, NP, Outcome.OTHER, '2024-12-31'),
      ...concluded(2, CE, Outcome.OTHER_NO_SUPPLEMENT, '2024-08-01'),
      ...apps(1, {
        applicantKind: NP,
        receivedOn: '2024-12-25',
        concludedOn: '2025-01-06',
        outcome: Outcome.GRANTED,
      }),
      // Noise that must not show: concluded before 2024, received after 2024.
      ...apps(3, {
        applicantKind: CE,
        receivedOn: '2023-02-01',
        concludedOn: '2023-12-31',
        outcome: Outcome.GRANTED,
      }),
      ...apps(2, { applicantKind: NP, receivedOn: '2025-01-02' }),
    ];

    const table = buildTableThree(facts, yearPeriod(2024));

    expect(table.template).toBe(ReportTemplate.TEMPLATE_2021);
    expectPublished(table, {
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
    expect(checkTableThreeIdentities(table)).toEqual([]);
  });

  it('沭阳县发展和改革局 2023 (§8.3): everything granted, nothing carried', () => {
    const facts = apps(26, {
      applicantKind: NP,
      receivedOn: '2023-05-10',
      concludedOn: '2023-05-20',
      outcome: Outcome.GRANTED,
    });
    const table = buildTableThree(facts, yearPeriod(2023));
    expectPublished(table, {
      RECEIVED: [26, 0, 0, 0, 0, 0, 26],
      [Outcome.GRANTED]: [26, 0, 0, 0, 0, 0, 26],
      CONCLUDED_TOTAL: [26, 0, 0, 0, 0, 0, 26],
    });
  });
});

describe('table 三 layout', () => {
  it('has 25 rows and 7 columns in 2021, with the （六） rows merged into one in 2019', () => {
    const y2021 = tableThreeLayout(ReportTemplate.TEMPLATE_2021);
    const y2019 = tableThreeLayout(ReportTemplate.TEMPLATE_2019);
    expect(y2021.rows).toHaveLength(2 + 21 + 1 + 1);
    expect(y2019.rows).toHaveLength(2 + 19 + 1 + 1);
    expect(y2021.columns.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    // The vertical 三、本年度办理结果 cell spans 22 rows: the result rows plus （七）总计.
    expect(
      y2021.rows.filter((r) => r.kind === 'RESULT' || r.kind === 'CONCLUDED_TOTAL'),
    ).toHaveLength(22);
    const other2019 = y2019.rows.find((r) => r.key === 'OTHER_PROCESSING');
    expect(other2019).toMatchObject({
      label: '（六）其他处理',
      outcomes: [Outcome.OTHER_NO_SUPPLEMENT, Outcome.OTHER_FEE_UNPAID, Outcome.OTHER],
    });
    expect(other2019?.groupLabel).toBeUndefined();
    expect(y2021.rows.find((r) => r.key === Outcome.OTHER_FEE_UNPAID)).toMatchObject({
      groupLabel: '（六）其他处理',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    });
    expect(y2021.rows.find((r) => r.key === Outcome.GRANTED)).toEqual({
      key: Outcome.GRANTED,
      kind: 'RESULT',
      label: '（一）予以公开',
      outcomes: [Outcome.GRANTED],
    });
    for (const layout of [y2019, y2021]) {
      expect(layout.noteCell).toBe(
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      );
      expect(layout.rows.map((r) => r.label)).toEqual(
        expect.arrayContaining([
          '一、本年新收政府信息公开申请数量',
          '二、上年结转政府信息公开申请数量',
          '（七）总计',
          '四、结转下年度继续办理',
        ]),
      );
    }
  });

  it('uses the 2019 template for report years 2019 and 2020 only', () => {
    expect(templateForReportYear(2019)).toBe(ReportTemplate.TEMPLATE_2019);
    expect(templateForReportYear(2020)).toBe(ReportTemplate.TEMPLATE_2019);
    expect(templateForReportYear(2021)).toBe(ReportTemplate.TEMPLATE_2021);
    expect(templateForReportYear(2030)).toBe(ReportTemplate.TEMPLATE_2021);
  });

  it('counts the three （六） outcomes in the single 2019 row', () => {
    const facts: ApplicationFacts[] = [
      Outcome.OTHER_NO_SUPPLEMENT,
      Outcome.OTHER_FEE_UNPAID,
      Outcome.OTHER,
    ].map((outcome) => ({
      applicantKind: CE,
      receivedOn: '2020-03-02',
      concludedOn: '2020-04-01',
      outcome,
    }));
    const table = buildTableThree(facts, yearPeriod(2020));
    expect(table.template).toBe(ReportTemplate.TEMPLATE_2019);
    expect(table.rows.OTHER_PROCESSING).toMatchObject({ COMMERCIAL_ENTERPRISE: 3, TOTAL: 3 });
    expect(table.rows[Outcome.OTHER]).toBeUndefined();
    expect(checkTableThreeIdentities(table)).toEqual([]);
  });
});

describe('assembleTableThree (the path SQL counts take)', () => {
  it('adds repeated counts and derives （七）总计 and the 总计 column', () => {
    const table = assembleTableThree(ReportTemplate.TEMPLATE_2021, [
      { measure: 'RECEIVED', applicantKind: NP, count: 3 },
      { measure: 'RECEIVED', applicantKind: NP, count: 2 },
      { measure: Outcome.GRANTED, applicantKind: NP, count: 4 },
      {
        measure: Outcome.WITHHELD_STATE_SECRET,
        applicantKind: ApplicantKind.OTHER_ORGANIZATION,
        count: 1,
      },
      { measure: 'CARRIED_OUT', applicantKind: NP, count: 1 },
      { measure: 'CARRIED_IN', applicantKind: ApplicantKind.OTHER_ORGANIZATION, count: 1 },
    ]);
    expect(table.rows.RECEIVED).toMatchObject({ NATURAL_PERSON: 5, TOTAL: 5 });
    expect(table.rows.CONCLUDED_TOTAL).toMatchObject({
      NATURAL_PERSON: 4,
      OTHER_ORGANIZATION: 1,
      TOTAL: 5,
    });
    expect(checkTableThreeIdentities(table)).toEqual([]);
  });

  it('refuses negative, fractional and unknown counts', () => {
    const bad = [
      { measure: 'RECEIVED' as const, applicantKind: NP, count: -1 },
      { measure: 'RECEIVED' as const, applicantKind: NP, count: 1.5 },
      { measure: 'RECEIVED' as const, applicantKind: 'ROBOT' as ApplicantKind, count: 1 },
      { measure: 'NOPE' as Outcome, applicantKind: NP, count: 1 },
    ];
    for (const count of bad) {
      expect(() => assembleTableThree(ReportTemplate.TEMPLATE_2021, [count])).toThrow(
        expect.objectContaining({ code: 'STATISTICS.INVALID_COUNT' }),
      );
    }
  });
});

describe('checkTableThreeIdentities', () => {
  const consistent = (): TableThree =>
    assembleTableThree(ReportTemplate.TEMPLATE_2021, [
      { measure: 'RECEIVED', applicantKind: NP, count: 2 },
      { measure: Outcome.GRANTED, applicantKind: NP, count: 2 },
    ]);

  it('names the failing cell and both sides for identity 1', () => {
    const base = consistent();
    const table: TableThree = {
      ...base,
      rows: {
        ...base.rows,
        CARRIED_OUT: { ...base.rows.CARRIED_OUT!, NATURAL_PERSON: 1, TOTAL: 1 },
      },
    };
    const [first, ...rest] = checkTableThreeIdentities(table);
    // The same imbalance shows again in the 总计 column.
    expect(rest.map((e) => [e.details['identity'], e.details['column']])).toEqual([[1, '总计']]);
    expect(first).toBeInstanceOf(DomainError);
    expect(first?.code).toBe('STATISTICS.IDENTITY_VIOLATED');
    expect(first?.details).toEqual({
      table: '三',
      identity: 1,
      row: '（七）总计',
      column: '自然人',
      leftSide: '一 + 二',
      left: 2,
      rightSide: '（七）总计 + 四',
      right: 3,
    });
    expect(() => assertTableThreeIdentities(table)).toThrow(
      /identity 1 fails at row "（七）总计", column "自然人"/,
    );
  });

  it('catches a wrong （七）总计 (identity 2) and a wrong row 总计 (identity 3)', () => {
    const base = consistent();
    const wrongTotal: TableThree = {
      ...base,
      rows: {
        ...base.rows,
        CONCLUDED_TOTAL: { ...base.rows.CONCLUDED_TOTAL!, NATURAL_PERSON: 3, TOTAL: 3 },
      },
    };
    expect(
      checkTableThreeIdentities(wrongTotal).map((e) => [
        e.details['identity'],
        e.details['column'],
      ]),
    ).toEqual([
      [1, '自然人'],
      [2, '自然人'],
      [1, '总计'],
      [2, '总计'],
    ]);
    const wrongRowTotal: TableThree = {
      ...base,
      rows: { ...base.rows, [Outcome.GRANTED]: { ...base.rows.GRANTED!, TOTAL: 5 } },
    };
    const errors = checkTableThreeIdentities(wrongRowTotal);
    expect(
      errors.map((e) => [e.details['identity'], e.details['row'], e.details['column']]),
    ).toEqual([
      [2, '（七）总计', '总计'],
      [3, '（一）予以公开', '总计'],
    ]);
  });
});

describe('countApplications', () => {
  it('refuses an application concluded before it was received, or concluded without an outcome', () => {
    expect(() =>
      countApplications(
        [
          {
            applicantKind: NP,
            receivedOn: '2024-02-02',
            concludedOn: '2024-02-01',
            outcome: Outcome.GRANTED,
          },
        ],
        yearPeriod(2024),
      ),
    ).toThrow(expect.objectContaining({ code: 'STATISTICS.CONCLUDED_BEFORE_RECEIVED' }));
    expect(() =>
      countApplications(
        [{ applicantKind: NP, receivedOn: '2024-02-02', concludedOn: '2024-02-03' }],
        yearPeriod(2024),
      ),
    ).toThrow(expect.objectContaining({ code: 'STATISTICS.OUTCOME_MISSING' }));
    expect(() => countApplications([], { from: '2024-02-02', to: '2024-02-01' })).toThrow(
      expect.objectContaining({ code: 'STATISTICS.INVALID_PERIOD' }),
    );
  });

  it('counts an application concluded on the day it was received', () => {
    const table = buildTableThree(
      [
        {
          applicantKind: NP,
          receivedOn: '2024-06-30',
          concludedOn: '2024-06-30',
          outcome: Outcome.GRANTED,
        },
      ],
      quarterPeriod(2024, 2),
    );
    expect(table.rows.RECEIVED?.TOTAL).toBe(1);
    expect(table.rows.CONCLUDED_TOTAL?.TOTAL).toBe(1);
    expect(table.rows.CARRIED_OUT?.TOTAL).toBe(0);
  });

  it('counts an application received on the last day of the period as received and carried out', () => {
    const facts: ApplicationFacts[] = [
      {
        applicantKind: NP,
        receivedOn: '2024-12-31',
        concludedOn: '2025-01-02',
        outcome: Outcome.GRANTED,
      },
    ];
    expect(buildTableThree(facts, yearPeriod(2024)).rows.CARRIED_OUT?.TOTAL).toBe(1);
    expect(buildTableThree(facts, yearPeriod(2025)).rows.CARRIED_IN?.TOTAL).toBe(1);
  });
});

describe('properties over generated applications', () => {
  const FIRST = toEpochDay('2019-06-01');
  const LAST = toEpochDay('2026-06-30');

  const factArb: fc.Arbitrary<ApplicationFacts> = fc
    .record({
      applicantKind: fc.constantFrom(...APPLICANT_KINDS),
      received: fc.integer({ min: FIRST, max: LAST }),
      duration: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      outcome: fc.constantFrom(...OUTCOMES),
    })
    .map(({ applicantKind, received, duration, outcome }) =>
      duration === undefined
        ? { applicantKind, receivedOn: fromEpochDay(received) }
        : {
            applicantKind,
            receivedOn: fromEpochDay(received),
            concludedOn: fromEpochDay(received + duration),
            outcome,
          },
    );

  const periodArb = fc
    .tuple(fc.integer({ min: FIRST - 30, max: LAST + 30 }), fc.integer({ min: 0, max: 500 }))
    .map(([start, length]) => ({ from: fromEpochDay(start), to: fromEpochDay(start + length) }));

  it('every identity holds for any applications and any period, in both templates', () => {
    fc.assert(
      fc.property(
        fc.array(factArb, { maxLength: 80 }),
        periodArb,
        fc.constantFrom(ReportTemplate.TEMPLATE_2019, ReportTemplate.TEMPLATE_2021),
        (facts, period, template) => {
          expect(checkTableThreeIdentities(buildTableThree(facts, period, template))).toEqual([]);
        },
      ),
    );
  });

  it('the four quarters add up to the year in the received and result rows; carry-overs chain', () => {
    fc.assert(
      fc.property(
        fc.array(factArb, { maxLength: 80 }),
        fc.integer({ min: 2019, max: 2026 }),
        (facts, year) => {
          const annual = buildTableThree(facts, yearPeriod(year));
          const quarters = ([1, 2, 3, 4] as const).map((q) =>
            buildTableThree(facts, quarterPeriod(year, q)),
          );
          for (const row of tableThreeLayout(annual.template).rows) {
            if (row.kind === 'CARRIED_IN' || row.kind === 'CARRIED_OUT') continue;
            for (const column of [...APPLICANT_KINDS, 'TOTAL'] as const) {
              const sum = quarters.reduce((acc, t) => acc + (t.rows[row.key]?.[column] ?? 0), 0);
              expect(sum).toBe(annual.rows[row.key]?.[column]);
            }
          }
          expect(quarters[0]?.rows.CARRIED_IN).toEqual(annual.rows.CARRIED_IN);
          expect(quarters[3]?.rows.CARRIED_OUT).toEqual(annual.rows.CARRIED_OUT);
          for (let q = 1; q < 4; q += 1)
            expect(quarters[q]?.rows.CARRIED_IN).toEqual(quarters[q - 1]?.rows.CARRIED_OUT);
          // Identity 4 of §3.4 holds by construction for data counted under one definition.
          expect(
            buildTableThree(facts, yearPeriod(year + 1), annual.template).rows.CARRIED_IN,
          ).toEqual(annual.rows.CARRIED_OUT);
        },
      ),
    );
  });

  it('the day before a period ends is inside it (periods are inclusive)', () => {
    expect(addDays(quarterPeriod(2024, 1).to, 1)).toBe(quarterPeriod(2024, 2).from);
    expect(quarterPeriod(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterPeriod(2023, 4)).toEqual({ from: '2023-10-01', to: '2023-12-31' });
  });
});
