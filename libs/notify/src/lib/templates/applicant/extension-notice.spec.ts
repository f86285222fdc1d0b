import { type ExtensionNoticeData, render, type RenderedMail } from '../templates.js';

const data = (over: Partial<ExtensionNoticeData> = {}): ExtensionNoticeData => ({
  agencyName: '某某市公安局',
  applicantName: '赵六',
  trackingNumber: 'GK-2024-000301',
  originalDueOn: '2024-10-30',
  extendedDueOn: '2024-11-27',
  reason: '申请公开的信息涉及多个年度。\n\n需要调取档案并逐一核对。',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('extension-notice', () => {
  it('gives the extended due date, the original one and the legal basis', () => {
    const mail = render('extension-notice', data());
    expect(mail.subject).toBe('【政府信息公开】延期答复告知（登记号：GK-2024-000301）');
    expectBoth(mail, '2024年11月27日（星期三）');
    expectBoth(mail, '原答复期限');
    expectBoth(mail, '2024年10月30日（星期三）');
    expectBoth(mail, '第三十三条第二款');
    expectBoth(mail, '政府信息公开工作机构负责人同意');
  });

  it('keeps the paragraphs of the reason', () => {
    const mail = render('extension-notice', data());
    expect(mail.html).toContain(
      '<p>申请公开的信息涉及多个年度。</p><p>需要调取档案并逐一核对。</p>',
    );
    expect(mail.text).toContain('申请公开的信息涉及多个年度。\n\n需要调取档案并逐一核对。');
  });

  it('leaves out the original due date when it is not known', () => {
    const { originalDueOn: _, ...rest } = data();
    const mail = render('extension-notice', rest);
    expect(mail.text).not.toContain('原答复期限');
    expect(mail.html).not.toContain('原答复期限');
  });
});
