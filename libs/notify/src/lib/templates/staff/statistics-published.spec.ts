import { render, renderTemplate, type StatisticsPublishedData } from '../templates.js';

const data = (over: Partial<StatisticsPublishedData> = {}): StatisticsPublishedData => ({
  agencyName: '上海市科学技术委员会',
  year: 2024,
  quarter: 3,
  version: 1,
  url: 'https://gk.example.gov.cn/statistics/sh-kjw/2024/3',
  ...over,
});

describe('statistics-published', () => {
  it('names the agency, the quarter, the version and links to the publication', () => {
    const mail = render('statistics-published', data());
    expect(mail.subject).toBe(
      '【政府信息公开】上海市科学技术委员会2024年第三季度政府信息公开申请统计已发布',
    );
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('2024年第三季度');
      expect(part).toContain('第1版');
      expect(part).toContain('https://gk.example.gov.cn/statistics/sh-kjw/2024/3');
    }
  });

  it('announces a correction as a new version', () => {
    const mail = render('statistics-published', data({ version: 2 }));
    expect(mail.subject).toContain('更正发布（第2版）');
    expect(mail.text).toContain('已更正并重新发布');
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => renderTemplate('statistics-published', { ...data(), quarter: 5 })).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_TEMPLATE_DATA' }),
    );
  });
});
