// 中华人民共和国 2021 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2021年部分节假日安排的通知',
  documentNumber: '国办发明电〔2020〕27号',
  issuedOn: '2020-11-25',
  url: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
};

export const CALENDAR_2021: CalendarYearData = {
  year: 2021,
  notices: [NOTICE],
  days: [
    { date: '2021-01-01', isOffDay: true, name: '元旦' }, // 周五
    { date: '2021-01-02', isOffDay: true, name: '元旦' }, // 周六
    { date: '2021-01-03', isOffDay: true, name: '元旦' }, // 周日
    { date: '2021-02-07', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2021-02-11', isOffDay: true, name: '春节' }, // 周四
    { date: '2021-02-12', isOffDay: true, name: '春节' }, // 周五
    { date: '2021-02-13', isOffDay: true, name: '春节' }, // 周六
    { date: '2021-02-14', isOffDay: true, name: '春节' }, // 周日
    { date: '2021-02-15', isOffDay: true, name: '春节' }, // 周一
    { date: '2021-02-16', isOffDay: true, name: '春节' }, // 周二
    { date: '2021-02-17', isOffDay: true, name: '春节' }, // 周三
    { date: '2021-02-20', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2021-04-03', isOffDay: true, name: '清明节' }, // 周六
    { date: '2021-04-04', isOffDay: true, name: '清明节' }, // 周日
    { date: '2021-04-05', isOffDay: true, name: '清明节' }, // 周一
    { date: '2021-04-25', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2021-05-01', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2021-05-02', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2021-05-03', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2021-05-04', isOffDay: true, name: '劳动节' }, // 周二
    { date: '2021-05-05', isOffDay: true, name: '劳动节' }, // 周三
    { date: '2021-05-08', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2021-06-12', isOffDay: true, name: '端午节' }, // 周六
    { date: '2021-06-13', isOffDay: true, name: '端午节' }, // 周日
    { date: '2021-06-14', isOffDay: true, name: '端午节' }, // 周一
    { date: '2021-09-18', isOffDay: false, name: '中秋节' }, // 周六 上班
    { date: '2021-09-19', isOffDay: true, name: '中秋节' }, // 周日
    { date: '2021-09-20', isOffDay: true, name: '中秋节' }, // 周一
    { date: '2021-09-21', isOffDay: true, name: '中秋节' }, // 周二
    { date: '2021-09-26', isOffDay: false, name: '国庆节' }, // 周日 上班
    { date: '2021-10-01', isOffDay: true, name: '国庆节' }, // 周五
    { date: '2021-10-02', isOffDay: true, name: '国庆节' }, // 周六
    { date: '2021-10-03', isOffDay: true, name: '国庆节' }, // 周日
    { date: '2021-10-04', isOffDay: true, name: '国庆节' }, // 周一
    { date: '2021-10-05', isOffDay: true, name: '国庆节' }, // 周二
    { date: '2021-10-06', isOffDay: true, name: '国庆节' }, // 周三
    { date: '2021-10-07', isOffDay: true, name: '国庆节' }, // 周四
    { date: '2021-10-09', isOffDay: false, name: '国庆节' }, // 周六 上班
  ],
};
