// 中华人民共和国 2020 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2020年部分节假日安排的通知',
  documentNumber: '国办发明电〔2019〕16号',
  issuedOn: '2019-11-21',
  url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
};

const SPRING_FESTIVAL_EXTENSION: HolidayNotice = {
  title: '国务院办公厅关于延长2020年春节假期的通知',
  documentNumber: '国办发明电〔2020〕1号',
  issuedOn: '2020-01-27',
  url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
  note: '春节假期延长至2月2日，2月3日起正常上班；原定2月1日（星期六）的调休上班因此取消。',
};

export const CALENDAR_2020: CalendarYearData = {
  year: 2020,
  notices: [NOTICE, SPRING_FESTIVAL_EXTENSION],
  days: [
    { date: '2020-01-01', isOffDay: true, name: '元旦' }, // 周三
    { date: '2020-01-19', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2020-01-24', isOffDay: true, name: '春节' }, // 周五
    { date: '2020-01-25', isOffDay: true, name: '春节' }, // 周六
    { date: '2020-01-26', isOffDay: true, name: '春节' }, // 周日
    { date: '2020-01-27', isOffDay: true, name: '春节' }, // 周一
    { date: '2020-01-28', isOffDay: true, name: '春节' }, // 周二
    { date: '2020-01-29', isOffDay: true, name: '春节' }, // 周三
    { date: '2020-01-30', isOffDay: true, name: '春节' }, // 周四
    { date: '2020-01-31', isOffDay: true, name: '春节', sourceUrl: SPRING_FESTIVAL_EXTENSION.url }, // 周五
    // 2020-02-01 was a make-up working day in the first notice; the extension made it a day off.
    { date: '2020-02-01', isOffDay: true, name: '春节', sourceUrl: SPRING_FESTIVAL_EXTENSION.url }, // 周六
    { date: '2020-02-02', isOffDay: true, name: '春节', sourceUrl: SPRING_FESTIVAL_EXTENSION.url }, // 周日
    { date: '2020-04-04', isOffDay: true, name: '清明节' }, // 周六
    { date: '2020-04-05', isOffDay: true, name: '清明节' }, // 周日
    { date: '2020-04-06', isOffDay: true, name: '清明节' }, // 周一
    { date: '2020-04-26', isOffDay: false, name: '劳动节' }, // 周日 上班
    { date: '2020-05-01', isOffDay: true, name: '劳动节' }, // 周五
    { date: '2020-05-02', isOffDay: true, name: '劳动节' }, // 周六
    { date: '2020-05-03', isOffDay: true, name: '劳动节' }, // 周日
    { date: '2020-05-04', isOffDay: true, name: '劳动节' }, // 周一
    { date: '2020-05-05', isOffDay: true, name: '劳动节' }, // 周二
    { date: '2020-05-09', isOffDay: false, name: '劳动节' }, // 周六 上班
    { date: '2020-06-25', isOffDay: true, name: '端午节' }, // 周四
    { date: '2020-06-26', isOffDay: true, name: '端午节' }, // 周五
    { date: '2020-06-27', isOffDay: true, name: '端午节' }, // 周六
    { date: '2020-06-28', isOffDay: false, name: '端午节' }, // 周日 上班
    { date: '2020-09-27', isOffDay: false, name: '国庆节、中秋节' }, // 周日 上班
    { date: '2020-10-01', isOffDay: true, name: '国庆节、中秋节' }, // 周四
    { date: '2020-10-02', isOffDay: true, name: '国庆节、中秋节' }, // 周五
    { date: '2020-10-03', isOffDay: true, name: '国庆节、中秋节' }, // 周六
    { date: '2020-10-04', isOffDay: true, name: '国庆节、中秋节' }, // 周日
    { date: '2020-10-05', isOffDay: true, name: '国庆节、中秋节' }, // 周一
    { date: '2020-10-06', isOffDay: true, name: '国庆节、中秋节' }, // 周二
    { date: '2020-10-07', isOffDay: true, name: '国庆节、中秋节' }, // 周三
    { date: '2020-10-08', isOffDay: true, name: '国庆节、中秋节' }, // 周四
    { date: '2020-10-10', isOffDay: false, name: '国庆节、中秋节' }, // 周六 上班
  ],
};
