import { render, type RenderedMail } from '../templates.js';

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('supplement-received', () => {
  const mail = render('supplement-received', {
    agencyName: '某某县发展和改革局',
    applicantName: '王芳',
    trackingNumber: 'GK-2024-000077',
    supplementReceivedOn: '2024-02-06',
    replyDueOn: '2024-03-11',
  });

  it('confirms the supplement and gives the new reply due date', () => {
    expect(mail.subject).toBe('【政府信息公开】已收到补正材料（登记号：GK-2024-000077）');
    expectBoth(mail, '2024年2月6日（星期二）');
    expectBoth(mail, '2024年3月11日（星期一）');
    expectBoth(mail, '重新计算');
  });
});
