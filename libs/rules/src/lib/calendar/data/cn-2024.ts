// 中华人民共和国 2024 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2024年部分节假日安排的通知',
  documentNumber: '国办发明电〔2023〕7号',
  issuedOn: '2023-10-25',
  url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
};

export const CALENDAR_2024: CalendarYearData = {
  year: 2024,
  notices: [NOTICE],
  days: [
    { date: '2024-01-01', isOffDay: true, name: '元旦' }, // 周一
    { date: '2024-02-04', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2024-02-10', isOffDay: true, name: '春节' }, // 周六
    { date: '2024-02-11', isOffDay: true, name: '春节' }, // 周日
    { date: '2024-02-12', isOffDay: true, name: '春节' }, // 周一
    { date: '2024-02-13', isOffDay: true, name: '春节' }, // 周二
    { date: '2024-02-14', isOffDay: true, name: '春节' }, // 周三
    { date: '2024-02-15', isOffDay: true, name: '春节' }, // 周四
    { date: '2024-02-16', isOffDay: true, name: '春节' }, // 周五
    { date: '2024-02-17', isOffDay: true, name: '春节' }, // 周六
    { date: '2024-02-18', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2024-04-04', isOffDay: true, name: '清明节' }, // 周四
    { date: '2024-04-05', isOffDay: true, name: '清明节' }, // 周五
    { date: '2024-04-06', isOffDay: true, name: '清明节' }, // 周六
    { date: '2024-04-07', isOffDay: false, name: '清明节' }, // 周日 上班
    { date: '2024-04-28', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2024-05-01', isOffDay: true, name: '劳动节' }, // 周三
    { date: '2024-05-02', isOffDay: true, name: '劳动节' }, // 周四
    { date: '2024-05-03', isOffDay: true, name: '劳动节' }, // 周五
    { date: '2024-05-04', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2024-05-05', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2024-05-11', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2024-06-10', isOffDay: true, name: '端午节' }, // 周一
    { date: '2024-09-14', isOffDay: false, name: '中秋节' }, // 周六 上班
    { date: '2024-09-15', isOffDay: true, name: '中秋节' }, // 周日
    { date: '2024-09-16', isOffDay: true, name: '中秋节' }, // 周一
    { date: '2024-09-17', isOffDay: true, name: '中秋节' }, // 周二
    { date: '2024-09-29', isOffDay: false, name: '国庆节' }, // 周日 上班
    { date: '2024-10-01', isOffDay: true, name: '国庆节' }, // 周二
    { date: '2024-10-02', isOffDay: true, name: '国庆节' }, // 周三
    { date: '2024-10-03', isOffDay: true, name: '国庆节' }, // 周四
    { date: '2024-10-04', isOffDay: true, name: '国庆节' }, // 周五
    { date: '2024-10-05', isOffDay: true, name: '国庆节' }, // 周六
    { date: '2024-10-06', isOffDay: true, name: '国庆节' }, // 周日
    { date: '2024-10-07', isOffDay: true, name: '国庆节' }, // 周一
    { date: '2024-10-12', isOffDay: false, name: '国庆节' }, // 周六 上班
  ],
};
