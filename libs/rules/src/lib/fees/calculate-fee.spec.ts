import fc from 'fast-check';
import {
  calculateFee,
  MAX_PAGES_OR_EARLIER_APPLICATIONS,
  MAX_UNITS_PER_APPLICATION,
} from './calculate-fee.js';
import { FeeMethod } from './fee-method.js';
import { perApplicationTier } from './fee-tiers.js';

const yuan = (n: number) => n * 100;

describe('calculateFee: per application (按件), per applicant per natural month', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, yuan(100)],
    [29, yuan(100)],
    [30, yuan(200)],
    [39, yuan(200)],
    [40, yuan(300)],
    [50, yuan(400)],
  ])('the application after %i earlier ones this month costs %i fen', (earlierInMonth, fen) => {
    const fee = calculateFee({ perApplication: { earlierInMonth } });
    expect(fee).toMatchObject({
      method: FeeMethod.PER_APPLICATION,
      amountFen: fen,
      assessedFen: fen,
      waived: false,
    });
    expect(fee.breakdown).toHaveLength(1);
  });

  it('spreads a split submission over the tiers it crosses', () => {
    const fee = calculateFee({ perApplication: { earlierInMonth: 8, units: 25 } });
    // Units 9..33: 9–10 free, 11–30 at 100 元, 31–33 at 200 元.
    expect(fee.breakdown).toEqual([
      { from: 1, to: 10, unitFen: 0, quantity: 2, subtotalFen: 0 },
      { from: 11, to: 30, unitFen: yuan(100), quantity: 20, subtotalFen: yuan(2000) },
      { from: 31, to: 40, unitFen: yuan(200), quantity: 3, subtotalFen: yuan(600) },
    ]);
    expect(fee.amountFen).toBe(yuan(2600));
  });

  it('a month of n applications costs the same whether charged one by one or at once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const oneByOne = Array.from(
          { length: n },
          (_, k) => calculateFee({ perApplication: { earlierInMonth: k } }).amountFen,
        );
        const atOnce = calculateFee({ perApplication: { earlierInMonth: 0, units: n } }).amountFen;
        expect(atOnce).toBe(oneByOne.reduce((a, b) => a + b, 0));
        // Progressive: a later application never costs less than an earlier one.
        for (let k = 1; k < n; k += 1)
          expect(oneByOne[k]).toBeGreaterThanOrEqual(oneByOne[k - 1] ?? 0);
      }),
    );
  });

  it('has bands of ten from the 31st, each 100 元 dearer', () => {
    expect(perApplicationTier(31)).toEqual({ from: 31, to: 40, unitFen: yuan(200) });
    expect(perApplicationTier(100)).toEqual({ from: 91, to: 100, unitFen: yuan(800) });
    expect(perApplicationTier(101)).toEqual({ from: 101, to: 110, unitFen: yuan(900) });
  });
});

describe('calculateFee: by volume (按量), per application by page', () => {
  it.each([
    [0, 0],
    [30, 0],
    [31, yuan(10)],
    [100, yuan(700)],
    [101, yuan(720)],
    [200, yuan(2700)],
    [250, yuan(4700)],
  ])('%i pages cost %i fen', (pages, fen) => {
    expect(calculateFee({ byVolume: { pages } })).toMatchObject({
      method: FeeMethod.BY_VOLUME,
      amountFen: fen,
    });
  });

  it('shows every tier reached, the free one included', () => {
    expect(calculateFee({ byVolume: { pages: 250 } }).breakdown).toEqual([
      { from: 1, to: 30, unitFen: 0, quantity: 30, subtotalFen: 0 },
      { from: 31, to: 100, unitFen: yuan(10), quantity: 70, subtotalFen: yuan(700) },
      { from: 101, to: 200, unitFen: yuan(20), quantity: 100, subtotalFen: yuan(2000) },
      { from: 201, to: null, unitFen: yuan(40), quantity: 50, subtotalFen: yuan(2000) },
    ]);
  });

  it('the breakdown always adds up and covers every page exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (pages) => {
        const fee = calculateFee({ byVolume: { pages } });
        expect(fee.breakdown.reduce((s, l) => s + l.quantity, 0)).toBe(pages);
        expect(fee.breakdown.reduce((s, l) => s + l.subtotalFen, 0)).toBe(fee.amountFen);
        expect(Number.isSafeInteger(fee.amountFen)).toBe(true);
      }),
    );
  });
});

describe('calculateFee: refusals and waiver', () => {
  it('refuses both methods at once, or neither', () => {
    expect(() =>
      calculateFee({ perApplication: { earlierInMonth: 20 }, byVolume: { pages: 300 } }),
    ).toThrow(expect.objectContaining({ code: 'FEE.METHODS_COMBINED' }));
    expect(() => calculateFee({})).toThrow(
      expect.objectContaining({ code: 'FEE.METHOD_REQUIRED' }),
    );
  });

  it.each([
    [{ byVolume: { pages: -1 } }],
    [{ byVolume: { pages: 2.5 } }],
    [{ perApplication: { earlierInMonth: -1 } }],
    [{ perApplication: { earlierInMonth: 0, units: 0 } }],
    [{ perApplication: { earlierInMonth: 0, units: MAX_UNITS_PER_APPLICATION + 1 } }],
    [{ byVolume: { pages: MAX_PAGES_OR_EARLIER_APPLICATIONS + 1 } }],
  ])('refuses impossible quantities: %j', (input) => {
    expect(() => calculateFee(input)).toThrow(
      expect.objectContaining({ code: 'FEE.INVALID_QUANTITY' }),
    );
  });

  it('keeps the assessed fee and the reason when waived', () => {
    expect(
      calculateFee({ byVolume: { pages: 31 }, waiver: { reason: ' 申请本人社保信息 ' } }),
    ).toMatchObject({
      assessedFen: yuan(10),
      amountFen: 0,
      waived: true,
      waiverReason: '申请本人社保信息',
    });
    expect(() => calculateFee({ byVolume: { pages: 31 }, waiver: { reason: '  ' } })).toThrow(
      expect.objectContaining({ code: 'FEE.WAIVER_REASON_REQUIRED' }),
    );
  });
});
