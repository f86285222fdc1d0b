import {
  formatAmount,
  formatAmountInYuan,
  formatDate,
  formatDateShort,
  formatQuarter,
  formatWorkingDays,
  portalLink,
  WEEKDAY_NAMES,
} from './format.js';

describe('formatDate', () => {
  it('writes a legal date with its weekday, as letters do', () => {
    expect(formatDate('2024-10-30')).toBe('2024年10月30日（星期三）');
    expect(formatDate('2024-10-12')).toBe('2024年10月12日（星期六）'); // a make-up working day
    expect(formatDate('2024-02-29')).toBe('2024年2月29日（星期四）');
    expect(formatDate('2025-01-05')).toBe('2025年1月5日（星期日）');
    expect(formatDate('2024-09-30')).toBe('2024年9月30日（星期一）');
  });

  it('names every weekday once, Monday to Sunday over a week', () => {
    const week = [
      '2024-10-28',
      '2024-10-29',
      '2024-10-30',
      '2024-10-31',
      '2024-11-01',
      '2024-11-02',
      '2024-11-03',
    ];
    expect(week.map((d) => formatDate(d).slice(-4, -1))).toEqual([
      '星期一',
      '星期二',
      '星期三',
      '星期四',
      '星期五',
      '星期六',
      '星期日',
    ]);
    expect(new Set(WEEKDAY_NAMES).size).toBe(7);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Shanghai']) {
        process.env['TZ'] = tz;
        expect(formatDate('2024-10-30')).toBe('2024年10月30日（星期三）');
        expect(formatDate('2024-01-01')).toBe('2024年1月1日（星期一）');
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('writes the short form without the weekday', () => {
    expect(formatDateShort('2024-03-01')).toBe('2024年3月1日');
  });

  it('refuses what is not a calendar date, with a code', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '30/10/2024', '2024-10-30T00:00:00Z', '']) {
      expect(() => formatDate(bad)).toThrow(expect.objectContaining({ code: 'DATE.INVALID' }));
    }
  });
});

describe('money', () => {
  it('writes integer fen as ¥ with thousands separators', () => {
    expect(formatAmount(120000)).toBe('¥1,200.00');
    expect(formatAmount(0)).toBe('¥0.00');
    expect(formatAmount(5)).toBe('¥0.05');
    expect(formatAmount(99)).toBe('¥0.99');
    expect(formatAmount(100)).toBe('¥1.00');
    expect(formatAmount(99999)).toBe('¥999.99');
    expect(formatAmount(123456789)).toBe('¥1,234,567.89');
    expect(formatAmount(-2050)).toBe('-¥20.50');
  });

  it('writes integer fen as 元 for running text', () => {
    expect(formatAmountInYuan(120000)).toBe('1200.00元');
    expect(formatAmountInYuan(5)).toBe('0.05元');
    expect(formatAmountInYuan(123456789)).toBe('1234567.89元');
  });

  it('refuses amounts that are not whole fen', () => {
    for (const bad of [12.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatAmount(bad)).toThrow(
        expect.objectContaining({ code: 'MAIL.INVALID_AMOUNT' }),
      );
      expect(() => formatAmountInYuan(bad)).toThrow(
        expect.objectContaining({ code: 'MAIL.INVALID_AMOUNT' }),
      );
    }
  });
});

describe('other formats', () => {
  it('counts working days and names quarters', () => {
    expect(formatWorkingDays(3)).toBe('3个工作日');
    expect(formatQuarter(2024, 1)).toBe('2024年第一季度');
    expect(formatQuarter(2024, 4)).toBe('2024年第四季度');
    expect(() => formatQuarter(2024, 5)).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_QUARTER' }),
    );
    expect(() => formatQuarter(2024, 0)).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_QUARTER' }),
    );
  });

  it('joins the portal URL and a path with exactly one slash', () => {
    expect(portalLink('https://gk.example.cn', 'track')).toBe('https://gk.example.cn/track');
    expect(portalLink('https://gk.example.cn/', '/track')).toBe('https://gk.example.cn/track');
    expect(portalLink('https://gk.example.cn/portal//', 'applications/1')).toBe(
      'https://gk.example.cn/portal/applications/1',
    );
  });
});
