// 中华人民共和国 2019 年节假日安排 (national holidays and 调休 make-up working days).
// Transcribed from the State Council notice(s) below; see prisma-free-docs/domain-rules.md.
// Weekend days inside a holiday block are listed because the notice counts them in the block.
import type { CalendarYearData, HolidayNotice } from '../calendar-year-data.js';

const NOTICE: HolidayNotice = {
  title: '国务院办公厅关于2019年部分节假日安排的通知',
  documentNumber: '国办发明电〔2018〕15号',
  issuedOn: '2018-12-04',
  url: 'http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm',
};

const LABOUR_DAY_CHANGE: HolidayNotice = {
  title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
  documentNumber: '国办发明电〔2019〕3号',
  issuedOn: '2019-03-22',
  url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
  note: '劳动节改为5月1日至4日放假调休，4月28日（星期日）、5月5日（星期日）上班；取代原通知中“5月1日放假”的安排。',
};

export const CALENDAR_2019: CalendarYearData = {
  year: 2019,
  notices: [NOTICE, LABOUR_DAY_CHANGE],
  days: [
    { date: '2018-12-29', isOffDay: false, name: '元旦' }, // 周六 上班
    { date: '2018-12-30', isOffDay: true, name: '元旦' }, // 周日
    { date: '2018-12-31', isOffDay: true, name: '元旦' }, // 周一
    { date: '2019-01-01', isOffDay: true, name: '元旦' }, // 周二
    { date: '2019-02-02', isOffDay: false, name: '春节' }, // 周六 上班
    { date: '2019-02-03', isOffDay: false, name: '春节' }, // 周日 上班
    { date: '2019-02-04', isOffDay: true, name: '春节' }, // 周一
    { date: '2019-02-05', isOffDay: true, name: '春节' }, // 周二
    { date: '2019-02-06', isOffDay: true, name: '春节' }, // 周三
    { date: '2019-02-07', isOffDay: true, name: '春节' }, // 周四
    { date: '2019-02-08', isOffDay: true, name: '春节' }, // 周五
    { date: '2019-02-09', isOffDay: true, name: '春节' }, // 周六
    { date: '2019-02-10', isOffDay: true, name: '春节' }, // 周日
    { date: '2019-04-05', isOffDay: true, name: '清明节' }, // 周五
    { date: '2019-04-28', isOffDay: false, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周日 上班
    { date: '2019-05-01', isOffDay: true, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周三
    { date: '2019-05-02', isOffDay: true, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周四
    { date: '2019-05-03', isOffDay: true, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周五
    { date: '2019-05-04', isOffDay: true, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周六
    { date: '2019-05-05', isOffDay: false, name: '劳动节', sourceUrl: LABOUR_DAY_CHANGE.url }, // 周日 上班
    { date: '2019-06-07', isOffDay: true, name: '端午节' }, // 周五
    { date: '2019-09-13', isOffDay: true, name: '中秋节' }, // 周五
    { date: '2019-09-29', isOffDay: false, name: '国庆节' }, // 周日 上班
    { date: '2019-10-01', isOffDay: true, name: '国庆节' }, // 周二
    { date: '2019-10-02', isOffDay: true, name: '国庆节' }, // 周三
    { date: '2019-10-03', isOffDay: true, name: '国庆节' }, // 周四
    { date: '2019-10-04', isOffDay: true, name: '国庆节' }, // 周五
    { date: '2019-10-05', isOffDay: true, name: '国庆节' }, // 周六
    { date: '2019-10-06', isOffDay: true, name: '国庆节' }, // 周日
    { date: '2019-10-07', isOffDay: true, name: '国庆节' }, // 周一
    { date: '2019-10-12', isOffDay: false, name: '国庆节' }, // 周六 上班
  ],
};
