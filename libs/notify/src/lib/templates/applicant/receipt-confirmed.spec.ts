import { render, type RenderedMail } from '../templates.js';

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('receipt-confirmed', () => {
  // regulation.md §2 worked example: received 2024-09-27 → 20 wd = 2024-10-30
  const mail = render('receipt-confirmed', {
    agencyName: '某某区人民政府',
    trackingNumber: 'GK-2024-000123',
    receivedOn: '2024-09-27',
    replyDueOn: '2024-10-30',
  });

  it('states the legal receipt date and the reply due date, with weekdays', () => {
    expect(mail.subject).toBe('【政府信息公开】已确认收到申请（登记号：GK-2024-000123）');
    expectBoth(mail, '收到申请之日为2024年9月27日（星期五）');
    expectBoth(mail, '2024年10月30日（星期三）');
    expectBoth(mail, '20个工作日');
  });

  it('warns that a supplement restarts the clock', () => {
    expectBoth(mail, '答复期限自本机关收到补正后的申请之日起重新计算');
  });
});
