import { type AcknowledgmentData, render, type RenderedMail } from '../templates.js';

const data = (over: Partial<AcknowledgmentData> = {}): AcknowledgmentData => ({
  agencyName: '某某市人民政府办公室',
  applicantName: '张三',
  trackingNumber: 'GK-2024-000123',
  queryCode: 'K7QX-9M2P',
  submittedOn: '2024-09-27',
  portalUrl: 'https://gk.example.gov.cn/',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('acknowledgment', () => {
  it('confirms the online filing with the tracking number and the query code, once', () => {
    const mail = render('acknowledgment', data());
    expect(mail.subject).toBe('【政府信息公开】申请已提交（登记号：GK-2024-000123）');
    expectBoth(mail, '张三：');
    expectBoth(mail, '某某市人民政府办公室');
    expectBoth(mail, 'GK-2024-000123');
    expectBoth(mail, 'K7QX-9M2P');
    expectBoth(mail, '请妥善保存，查询码无法找回');
    expectBoth(mail, '2024年9月27日（星期五）');
  });

  it('tells how to track: the portal page with the tracking number, never the query code', () => {
    const mail = render('acknowledgment', data());
    const url = 'https://gk.example.gov.cn/track?trackingNumber=GK-2024-000123';
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="${url}">`);
    expect(mail.html.match(/href="[^"]*"/g)!.join(' ')).not.toContain('K7QX');
  });

  it('says that the receipt date is the day the agency confirms (Art. 31)', () => {
    const mail = render('acknowledgment', data());
    expectBoth(mail, '第三十一条');
    expectBoth(mail, '以双方确认之日为收到申请之日');
  });

  it('encodes the tracking number in the link and escapes it in HTML', () => {
    const mail = render('acknowledgment', data({ trackingNumber: 'GK 2024/1&<b>' }));
    expect(mail.text).toContain('/track?trackingNumber=GK%202024%2F1%26%3Cb%3E');
    expect(mail.html).toContain('GK 2024/1&amp;&lt;b&gt;');
    expect(mail.html).not.toContain('<b>');
  });

  it('addresses 申请人 when the applicant has no name on file', () => {
    const { applicantName: _, ...rest } = data();
    expectBoth(render('acknowledgment', rest), '申请人：');
  });
});
