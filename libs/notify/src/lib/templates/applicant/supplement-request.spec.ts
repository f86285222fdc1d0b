import {
  render,
  renderTemplate,
  type RenderedMail,
  type SupplementRequestData,
} from '../templates.js';

const data = (over: Partial<SupplementRequestData> = {}): SupplementRequestData => ({
  agencyName: '某某市生态环境局',
  applicantName: '李华',
  trackingNumber: 'GK-2024-000045',
  items: [
    '请写明所需信息的名称、文号或者便于检索的其他特征描述',
    '请提供有效身份证明：\n身份证正反面复印件',
  ],
  supplementDueOn: '2024-10-18',
  portalUrl: 'https://gk.example.gov.cn',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('supplement-request', () => {
  it('lists every item to supplement in one notice', () => {
    const mail = render('supplement-request', data());
    expect(mail.subject).toBe('【政府信息公开】请补正政府信息公开申请（登记号：GK-2024-000045）');
    expect(mail.text).toContain('1. 请写明所需信息的名称、文号或者便于检索的其他特征描述');
    expect(mail.text).toContain('2. 请提供有效身份证明：\n身份证正反面复印件');
    expect(mail.html).toContain(
      '<ol><li>请写明所需信息的名称、文号或者便于检索的其他特征描述</li><li>请提供有效身份证明：<br>身份证正反面复印件</li></ol>',
    );
    expectBoth(mail, '一次性告知');
  });

  it('gives the deadline, the online way to supplement and the consequence (Art. 30)', () => {
    const mail = render('supplement-request', data());
    expectBoth(mail, '2024年10月18日（星期五）');
    expectBoth(mail, 'https://gk.example.gov.cn/track?trackingNumber=GK-2024-000045');
    expectBoth(mail, '无正当理由逾期不补正的，视为放弃申请');
    expectBoth(mail, '第三十条');
  });

  it('escapes hostile items', () => {
    const mail = render('supplement-request', data({ items: ['<a href="x">点此</a>'] }));
    expect(mail.html).toContain('&lt;a href=&quot;x&quot;&gt;点此&lt;/a&gt;');
    expect(mail.html).not.toContain('<a href="x">');
  });

  it('refuses a notice with no item, or a blank one', () => {
    expect(() => renderTemplate('supplement-request', { ...data(), items: [] })).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_TEMPLATE_DATA' }),
    );
    expect(() => renderTemplate('supplement-request', { ...data(), items: ['ok', '  '] })).toThrow(
      expect.objectContaining({
        code: 'MAIL.INVALID_TEMPLATE_DATA',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ path: 'items.1' })],
        }),
      }),
    );
  });
});
