import { render } from '../templates.js';

describe('withdrawn', () => {
  it('confirms the withdrawal with its date', () => {
    const mail = render('withdrawn', {
      agencyName: '某某市民政局',
      applicantName: '钱七',
      trackingNumber: 'GK-2024-000600',
      withdrawnOn: '2024-10-08',
    });
    expect(mail.subject).toBe('【政府信息公开】申请已撤回（登记号：GK-2024-000600）');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('钱七：');
      expect(part).toContain('2024年10月8日（星期二）');
      expect(part).toContain('撤回');
      expect(part).toContain('不再处理');
    }
  });
});
