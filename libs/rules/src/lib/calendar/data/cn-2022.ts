// 中华人民共和国 2022 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2022年部分节假日安排的通知',
  documentNumber: '国办发明电〔2021〕11号',
  issuedOn: '2021-10-25',
  url: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
};

export const CALENDAR_2022: CalendarYearData = {
  year: 2022,
  notices: [NOTICE],
  days: [
    { date: '2022-01-01', isOffDay: true, name: '元旦' }, // 周六
    { date: '2022-01-02', isOffDay: true, name: '元旦' }, // 周日
    { date: '2022-01-03', isOffDay: true, name: '元旦' }, // 周一
    { date: '2022-01-29', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2022-01-30', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2022-01-31', isOffDay: true, name: '春节' }, // 周一
    { date: '2022-02-01', isOffDay: true, name: '春节' }, // 周二
    { date: '2022-02-02', isOffDay: true, name: '春节' }, // 周三
    { date: '2022-02-03', isOffDay: true, name: '春节' }, // 周四
    { date: '2022-02-04', isOffDay: true, name: '春节' }, // 周五
    { date: '2022-02-05', isOffDay: true, name: '春节' }, // 周六
    { date: '2022-02-06', isOffDay: true, name: '春节' }, // 周日
    { date: '2022-04-02', isOffDay: false, name: '清明节' }, // 周六 上班
    { date: '2022-04-03', isOffDay: true, name: '清明节' }, // 周日
    { date: '2022-04-04', isOffDay: true, name: '清明节' }, // 周一
    { date: '2022-04-05', isOffDay: true, name: '清明节' }, // 周二
    { date: '2022-04-24', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2022-04-30', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2022-05-01', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2022-05-02', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2022-05-03', isOffDay: true, name: '劳动节' }, // 周二
    { date: '2022-05-04', isOffDay: true, name: '劳动节' }, // 周三
    { date: '2022-05-07', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2022-06-03', isOffDay: true, name: '端午节' }, // 周五
    { date: '2022-06-04', isOffDay: true, name: '端午节' }, // 周六
    { date: '2022-06-05', isOffDay: true, name: '端午节' }, // 周日
    { date: '2022-09-10', isOffDay: true, name: '中秋节' }, // 周六
    { date: '2022-09-11', isOffDay: true, name: '中秋节' }, // 周日
    { date: '2022-09-12', isOffDay: true, name: '中秋节' }, // 周一
    { date: '2022-10-01', isOffDay: true, name: '国庆节' }, // 周六
    { date: '2022-10-02', isOffDay: true, name: '国庆节' }, // 周日
    { date: '2022-10-03', isOffDay: true, name: '国庆节' }, // 周一
    { date: '2022-10-04', isOffDay: true, name: '国庆节' }, // 周二
    { date: '2022-10-05', isOffDay: true, name: '国庆节' }, // 周三
    { date: '2022-10-06', isOffDay: true, name: '国庆节' }, // 周四
    { date: '2022-10-07', isOffDay: true, name: '国庆节' }, // 周五
    { date: '2022-10-08', isOffDay: false, name: '国庆节' }, // 周六 上班
    { date: '2022-10-09', isOffDay: false, name: '国庆节' }, // 周日 上班
  ],
};
