import { type FeeNoticeData, render, renderTemplate, type RenderedMail } from '../templates.js';

const data = (over: Partial<FeeNoticeData> = {}): FeeNoticeData => ({
  agencyName: '某某市自然资源局',
  applicantName: '张三',
  trackingNumber: 'GK-2024-000123',
  amountFen: 120000,
  lines: [
    { description: '按件计收（第11—30件）', amountFen: 100000 },
    { description: '按件计收（第31件起）', amountFen: 20000 },
  ],
  paymentMethod: '银行转账：\n户名：某某市自然资源局\n\n或到本机关政务服务窗口现场缴纳。',
  paymentDueOn: '2024-11-20',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

const invalid = (over: Record<string, unknown>, path: string) =>
  expect(() => renderTemplate('fee-notice', { ...data(), ...over })).toThrow(
    expect.objectContaining({
      code: 'MAIL.INVALID_TEMPLATE_DATA',
      details: expect.objectContaining({
        issues: expect.arrayContaining([expect.objectContaining({ path })]),
      }),
    }),
  );

describe('fee-notice', () => {
  it('states the amount both ways, the breakdown and the payment deadline', () => {
    const mail = render('fee-notice', data());
    expect(mail.subject).toBe('【政府信息公开】信息处理费收费通知（登记号：GK-2024-000123）');
    expectBoth(mail, '¥1,200.00');
    expectBoth(mail, '1200.00元');
    expectBoth(mail, '按件计收（第11—30件）');
    expectBoth(mail, '¥1,000.00');
    expectBoth(mail, '¥200.00');
    expectBoth(mail, '2024年11月20日（星期三）');
  });

  it('keeps the payment method as written and states the consequence of not paying', () => {
    const mail = render('fee-notice', data());
    expect(mail.html).toContain(
      '<p>银行转账：<br>户名：某某市自然资源局</p><p>或到本机关政务服务窗口现场缴纳。</p>',
    );
    expect(mail.text).toContain(
      '银行转账：\n户名：某某市自然资源局\n\n或到本机关政务服务窗口现场缴纳。',
    );
    expectBoth(mail, '逾期未按本通知要求缴纳费用的，视为放弃申请');
  });

  it('escapes a hostile breakdown line', () => {
    const mail = render(
      'fee-notice',
      data({ amountFen: 100, lines: [{ description: '<img src=x>', amountFen: 100 }] }),
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x&gt;');
  });

  it('refuses a total that is not the sum of the lines', () => {
    invalid({ amountFen: 119999 }, 'amountFen');
  });

  it('refuses amounts that are not whole, non-negative fen', () => {
    invalid({ amountFen: 1200.5, lines: [{ description: 'x', amountFen: 1200.5 }] }, 'amountFen');
    invalid({ amountFen: '120000' }, 'amountFen');
    invalid({ lines: [{ description: 'x', amountFen: -1 }], amountFen: -1 }, 'amountFen');
    invalid({ lines: [] }, 'lines');
  });
});
