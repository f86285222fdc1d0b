// 中华人民共和国 2023 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2023年部分节假日安排的通知',
  documentNumber: '国办发明电〔2022〕16号',
  issuedOn: '2022-12-08',
  url: 'http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm',
};

export const CALENDAR_2023: CalendarYearData = {
  year: 2023,
  notices: [NOTICE],
  days: [
    { date: '2022-12-31', isOffDay: true, name: '元旦' }, // 周六
    { date: '2023-01-01', isOffDay: true, name: '元旦' }, // 周日
    { date: '2023-01-02', isOffDay: true, name: '元旦' }, // 周一
    { date: '2023-01-21', isOffDay: true, name: '春节' }, // 周六
    { date: '2023-01-22', isOffDay: true, name: '春节' }, // 周日
    { date: '2023-01-23', isOffDay: true, name: '春节' }, // 周一
    { date: '2023-01-24', isOffDay: true, name: '春节' }, // 周二
    { date: '2023-01-25', isOffDay: true, name: '春节' }, // 周三
    { date: '2023-01-26', isOffDay: true, name: '春节' }, // 周四
    { date: '2023-01-27', isOffDay: true, name: '春节' }, // 周五
    { date: '2023-01-28', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2023-01-29', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2023-04-05', isOffDay: true, name: '清明节' }, // 周三
    { date: '2023-04-23', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2023-04-29', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2023-04-30', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2023-05-01', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2023-05-02', isOffDay: true, name: '劳动节' }, // 周二
    { date: '2023-05-03', isOffDay: true, name: '劳动节' }, // 周三
    { date: '2023-05-06', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2023-06-22', isOffDay: true, name: '端午节' }, // 周四
    { date: '2023-06-23', isOffDay: true, name: '端午节' }, // 周五
    { date: '2023-06-24', isOffDay: true, name: '端午节' }, // 周六
    { date: '2023-06-25', isOffDay: false, name: '端午节' }, // 周日 上班
    { date: '2023-09-29', isOffDay: true, name: '中秋节、国庆节' }, // 周五
    { date: '2023-09-30', isOffDay: true, name: '中秋节、国庆节' }, // 周六
    { date: '2023-10-01', isOffDay: true, name: '中秋节、国庆节' }, // 周日
    { date: '2023-10-02', isOffDay: true, name: '中秋节、国庆节' }, // 周一
    { date: '2023-10-03', isOffDay: true, name: '中秋节、国庆节' }, // 周二
    { date: '2023-10-04', isOffDay: true, name: '中秋节、国庆节' }, // 周三
    { date: '2023-10-05', isOffDay: true, name: '中秋节、国庆节' }, // 周四
    { date: '2023-10-06', isOffDay: true, name: '中秋节、国庆节' }, // 周五
    { date: '2023-10-07', isOffDay: false, name: '中秋节、国庆节' }, // 周六 上班
    { date: '2023-10-08', isOffDay: false, name: '中秋节、国庆节' }, // 周日 上班
  ],
};
