import { describe, expect, it } from '@jest/globals';
import { dayBlocks, dayLines, parseDayLines } from './calendar-lines.js';

describe('calendar lines', () => {
  it('reads single days and blocks (both ends included), skipping blank lines', () => {
    const parsed = parseDayLines(
      '2027-01-01 元旦\n\n  2027-02-06~2027-02-08 春节 \n2027-05-01 至 2027-05-02 劳动节',
    );
    expect(parsed).toEqual({
      ok: true,
      days: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-02-06', name: '春节' },
        { date: '2027-02-07', name: '春节' },
        { date: '2027-02-08', name: '春节' },
        { date: '2027-05-01', name: '劳动节' },
        { date: '2027-05-02', name: '劳动节' },
      ],
    });
  });

  it('names the first line it cannot read: no name, a date that does not exist, a backward or overlong block', () => {
    expect(parseDayLines('2027-01-01 元旦\n2027-01-02')).toEqual({
      ok: false,
      line: 2,
      text: '2027-01-02',
    });
    expect(parseDayLines('2027-02-30 春节')).toMatchObject({ ok: false, line: 1 });
    expect(parseDayLines('2027-02-08~2027-02-06 春节')).toMatchObject({ ok: false, line: 1 });
    expect(parseDayLines('2027-01-01~2027-03-01 春节')).toMatchObject({ ok: false, line: 1 });
  });

  it('joins consecutive days of one holiday into blocks, across a month end, and writes lines that read back the same', () => {
    const days = [
      { date: '2027-02-01', name: '春节' },
      { date: '2027-01-31', name: '春节' },
      { date: '2027-02-02', name: '春节' },
      { date: '2027-02-03', name: '元宵' },
      { date: '2027-02-05', name: '元宵' },
    ];
    expect(dayBlocks(days)).toEqual([
      { from: '2027-01-31', to: '2027-02-02', days: 3, name: '春节' },
      { from: '2027-02-03', to: '2027-02-03', days: 1, name: '元宵' },
      { from: '2027-02-05', to: '2027-02-05', days: 1, name: '元宵' },
    ]);
    const lines = dayLines(days);
    expect(lines).toBe('2027-01-31~2027-02-02 春节\n2027-02-03 元宵\n2027-02-05 元宵');
    const back = parseDayLines(lines);
    expect(back.ok && back.days.map((d) => d.date)).toEqual([...days].map((d) => d.date).sort());
  });
});
