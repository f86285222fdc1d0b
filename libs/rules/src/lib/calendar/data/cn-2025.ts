// 中华人民共和国 2025 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2025年部分节假日安排的通知',
  documentNumber: '国办发明电〔2024〕12号',
  issuedOn: '2024-11-12',
  url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
};

export const CALENDAR_2025: CalendarYearData = {
  year: 2025,
  notices: [NOTICE],
  days: [
    { date: '2025-01-01', isOffDay: true, name: '元旦' }, // 周三
    { date: '2025-01-26', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2025-01-28', isOffDay: true, name: '春节' }, // 周二
    { date: '2025-01-29', isOffDay: true, name: '春节' }, // 周三
    { date: '2025-01-30', isOffDay: true, name: '春节' }, // 周四
    { date: '2025-01-31', isOffDay: true, name: '春节' }, // 周五
    { date: '2025-02-01', isOffDay: true, name: '春节' }, // 周六
    { date: '2025-02-02', isOffDay: true, name: '春节' }, // 周日
    { date: '2025-02-03', isOffDay: true, name: '春节' }, // 周一
    { date: '2025-02-04', isOffDay: true, name: '春节' }, // 周二
    { date: '2025-02-08', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2025-04-04', isOffDay: true, name: '清明节' }, // 周五
    { date: '2025-04-05', isOffDay: true, name: '清明节' }, // 周六
    { date: '2025-04-06', isOffDay: true, name: '清明节' }, // 周日
    { date: '2025-04-27', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2025-05-01', isOffDay: true, name: '劳动节' }, // 周四
    { date: '2025-05-02', isOffDay: true, name: '劳动节' }, // 周五
    { date: '2025-05-03', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2025-05-04', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2025-05-05', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2025-05-31', isOffDay: true, name: '端午节' }, // 周六
    { date: '2025-06-01', isOffDay: true, name: '端午节' }, // 周日
    { date: '2025-06-02', isOffDay: true, name: '端午节' }, // 周一
    { date: '2025-09-28', isOffDay: false, name: '国庆节、中秋节' }, // 周日 上班
    { date: '2025-10-01', isOffDay: true, name: '国庆节、中秋节' }, // 周三
    { date: '2025-10-02', isOffDay: true, name: '国庆节、中秋节' }, // 周四
    { date: '2025-10-03', isOffDay: true, name: '国庆节、中秋节' }, // 周五
    { date: '2025-10-04', isOffDay: true, name: '国庆节、中秋节' }, // 周六
    { date: '2025-10-05', isOffDay: true, name: '国庆节、中秋节' }, // 周日
    { date: '2025-10-06', isOffDay: true, name: '国庆节、中秋节' }, // 周一
    { date: '2025-10-07', isOffDay: true, name: '国庆节、中秋节' }, // 周二
    { date: '2025-10-08', isOffDay: true, name: '国庆节、中秋节' }, // 周三
    { date: '2025-10-11', isOffDay: false, name: '国庆节、中秋节' }, // 周六 上班
  ],
};
