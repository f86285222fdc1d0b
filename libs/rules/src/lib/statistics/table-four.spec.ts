import fc from 'fast-check';
import { assembleTableFour, buildTableFour } from './assemble-table-four.js';
import { REVIEW_KINDS, REVIEW_RESULTS, ReviewKind, ReviewResult } from './review.js';
import type { TableFour } from './table-four.js';
import { assertTableFourIdentities, checkTableFourIdentities } from './table-four-identities.js';
import { TABLE_FOUR_LAYOUT, tableFourRow } from './table-four-layout.js';

describe('table 四', () => {
  it('rebuilds 上海市科委 2024 (§8.2): one reconsideration, upheld; no litigation', () => {
    const table = buildTableFour([
      { kind: ReviewKind.RECONSIDERATION, result: ReviewResult.UPHELD },
    ]);
    expect(tableFourRow(table)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(checkTableFourIdentities(table)).toEqual([]);
  });

  it('prints the template labels in order', () => {
    expect(TABLE_FOUR_LAYOUT.heading).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(TABLE_FOUR_LAYOUT.groups.map((g) => g.label)).toEqual([
      '行政复议',
      '未经复议直接起诉',
      '复议后起诉',
    ]);
    expect(TABLE_FOUR_LAYOUT.columns.map((c) => c.label)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
  });

  it('reports a broken 总计 with the group and both sides', () => {
    const base = buildTableFour([
      { kind: ReviewKind.LITIGATION_DIRECT, result: ReviewResult.PENDING },
    ]);
    const broken: TableFour = {
      groups: {
        ...base.groups,
        [ReviewKind.LITIGATION_DIRECT]: { ...base.groups.LITIGATION_DIRECT, TOTAL: 2 },
      },
    };
    expect(() => assertTableFourIdentities(broken)).toThrow(
      expect.objectContaining({
        code: 'STATISTICS.IDENTITY_VIOLATED',
        details: expect.objectContaining({
          table: '四',
          identity: 5,
          row: '未经复议直接起诉',
          left: 2,
          right: 1,
        }),
      }),
    );
  });

  it('refuses unknown kinds and bad counts', () => {
    expect(() =>
      assembleTableFour([{ kind: 'APPEAL' as ReviewKind, result: ReviewResult.OTHER, count: 1 }]),
    ).toThrow(expect.objectContaining({ code: 'STATISTICS.INVALID_COUNT' }));
    expect(() =>
      assembleTableFour([
        { kind: ReviewKind.RECONSIDERATION, result: ReviewResult.OTHER, count: -2 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'STATISTICS.INVALID_COUNT' }));
  });

  it('identity 5 holds and the counts path equals the facts path for any reviews', () => {
    const review = fc.record({
      kind: fc.constantFrom(...REVIEW_KINDS),
      result: fc.constantFrom(...REVIEW_RESULTS),
    });
    fc.assert(
      fc.property(fc.array(review), (reviews) => {
        const table = buildTableFour(reviews);
        expect(checkTableFourIdentities(table)).toEqual([]);
        expect(tableFourRow(table).reduce((a, b) => a + b, 0)).toBe(2 * reviews.length);
        expect(assembleTableFour(reviews.map((r) => ({ ...r, count: 1 })))).toEqual(table);
      }),
    );
  });
});
