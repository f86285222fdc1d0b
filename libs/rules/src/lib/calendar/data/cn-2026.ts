// 中华人民共和国 2026 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2026年部分节假日安排的通知',
  documentNumber: '国办发明电〔2025〕7号',
  issuedOn: '2025-11-04',
  url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
};

export const CALENDAR_2026: CalendarYearData = {
  year: 2026,
  notices: [NOTICE],
  days: [
    { date: '2026-01-01', isOffDay: true, name: '元旦' }, // 周四
    { date: '2026-01-02', isOffDay: true, name: '元旦' }, // 周五
    { date: '2026-01-03', isOffDay: true, name: '元旦' }, // 周六
    { date: '2026-01-04', isOffDay: false, name: '元旦' }, // 周日 上班
    { date: '2026-02-14', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2026-02-15', isOffDay: true, name: '春节' }, // 周日
    { date: '2026-02-16', isOffDay: true, name: '春节' }, // 周一
    { date: '2026-02-17', isOffDay: true, name: '春节' }, // 周二
    { date: '2026-02-18', isOffDay: true, name: '春节' }, // 周三
    { date: '2026-02-19', isOffDay: true, name: '春节' }, // 周四
    { date: '2026-02-20', isOffDay: true, name: '春节' }, // 周五
    { date: '2026-02-21', isOffDay: true, name: '春节' }, // 周六
    { date: '2026-02-22', isOffDay: true, name: '春节' }, // 周日
    { date: '2026-02-23', isOffDay: true, name: '春节' }, // 周一
    { date: '2026-02-28', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2026-04-04', isOffDay: true, name: '清明节' }, // 周六
    { date: '2026-04-05', isOffDay: true, name: '清明节' }, // 周日
    { date: '2026-04-06', isOffDay: true, name: '清明节' }, // 周一
    { date: '2026-05-01', isOffDay: true, name: '劳动节' }, // 周五
    { date: '2026-05-02', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2026-05-03', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2026-05-04', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2026-05-05', isOffDay: true, name: '劳动节' }, // 周二
    { date: '2026-05-09', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2026-06-19', isOffDay: true, name: '端午节' }, // 周五
    { date: '2026-06-20', isOffDay: true, name: '端午节' }, // 周六
    { date: '2026-06-21', isOffDay: true, name: '端午节' }, // 周日
    { date: '2026-09-20', isOffDay: false, name: '国庆节' }, // 周日 上班
    { date: '2026-09-25', isOffDay: true, name: '中秋节' }, // 周五
    { date: '2026-09-26', isOffDay: true, name: '中秋节' }, // 周六
    { date: '2026-09-27', isOffDay: true, name: '中秋节' }, // 周日
    { date: '2026-10-01', isOffDay: true, name: '国庆节' }, // 周四
    { date: '2026-10-02', isOffDay: true, name: '国庆节' }, // 周五
    { date: '2026-10-03', isOffDay: true, name: '国庆节' }, // 周六
    { date: '2026-10-04', isOffDay: true, name: '国庆节' }, // 周日
    { date: '2026-10-05', isOffDay: true, name: '国庆节' }, // 周一
    { date: '2026-10-06', isOffDay: true, name: '国庆节' }, // 周二
    { date: '2026-10-07', isOffDay: true, name: '国庆节' }, // 周三
    { date: '2026-10-10', isOffDay: false, name: '国庆节' }, // 周六 上班
  ],
};
