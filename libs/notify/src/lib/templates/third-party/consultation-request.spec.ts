import { type ConsultationRequestData, render, type RenderedMail } from '../templates.js';

const data = (over: Partial<ConsultationRequestData> = {}): ConsultationRequestData => ({
  agencyName: '某某市住房和城乡建设局',
  thirdPartyName: '某某置业有限公司',
  trackingNumber: 'GK-2024-000210',
  informationDescription: '某项目的施工许可申请材料。\n\n其中包括企业营业执照及财务报表。',
  answerDueOn: '2024-10-31',
  requestedOn: '2024-10-10',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('consultation-request', () => {
  it('is addressed to the third party by name and cites Art. 32', () => {
    const mail = render('consultation-request', data());
    expect(mail.subject).toBe(
      '【政府信息公开】某某市住房和城乡建设局征求意见书（登记号：GK-2024-000210）',
    );
    expect(mail.text).toContain('\n某某置业有限公司：\n');
    expect(mail.html).toContain('<p>某某置业有限公司：</p>');
    expectBoth(mail, '第三十二条');
  });

  it('gives the 15-working-day answer deadline and what silence means', () => {
    const mail = render('consultation-request', data());
    expectBoth(mail, '15个工作日');
    expectBoth(mail, '2024年10月31日（星期四）');
    expectBoth(mail, '逾期未提出意见的，由本机关依照条例的规定决定是否公开');
    expectBoth(mail, '2024年10月10日');
  });

  it('keeps the paragraphs of the description', () => {
    const mail = render('consultation-request', data());
    expect(mail.html).toContain(
      '<p>某项目的施工许可申请材料。</p><p>其中包括企业营业执照及财务报表。</p>',
    );
    expect(mail.text).toContain('某项目的施工许可申请材料。\n\n其中包括企业营业执照及财务报表。');
  });

  it('shows how to answer only when given', () => {
    expect(render('consultation-request', data()).text).not.toContain('提出意见的方式');
    const mail = render('consultation-request', data({ answerInstructions: '寄至某某路1号' }));
    expectBoth(mail, '提出意见的方式');
    expectBoth(mail, '寄至某某路1号');
  });

  it('escapes a hostile name and description', () => {
    const mail = render(
      'consultation-request',
      data({ thirdPartyName: '<i>某公司</i>', informationDescription: '<script>x()</script>' }),
    );
    expect(mail.html).not.toMatch(/<i>|<script>/);
    expect(mail.html).toContain('&lt;i&gt;某公司&lt;/i&gt;');
  });
});
