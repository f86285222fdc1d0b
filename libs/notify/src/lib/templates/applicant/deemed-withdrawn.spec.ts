import { DeemedWithdrawnReason } from '@gongkai/rules';
import {
  type DeemedWithdrawnData,
  render,
  renderTemplate,
  type RenderedMail,
} from '../templates.js';

const data = (over: Partial<DeemedWithdrawnData> = {}): DeemedWithdrawnData => ({
  agencyName: '某某市教育局',
  trackingNumber: 'GK-2024-000500',
  reason: DeemedWithdrawnReason.NO_SUPPLEMENT,
  deemedWithdrawnOn: '2024-10-21',
  missedDueOn: '2024-10-18',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('deemed-withdrawn', () => {
  it('closes for a missing supplement under Art. 30', () => {
    const mail = render('deemed-withdrawn', data());
    expect(mail.subject).toBe('【政府信息公开】申请视为放弃：逾期未补正（登记号：GK-2024-000500）');
    expectBoth(mail, '第三十条');
    expectBoth(mail, '补正期限');
    expectBoth(mail, '2024年10月18日（星期五）');
    expectBoth(mail, '2024年10月21日（星期一）');
    expectBoth(mail, '视为放弃申请');
  });

  it('closes for an unpaid fee under the fee measures', () => {
    const mail = render('deemed-withdrawn', data({ reason: DeemedWithdrawnReason.FEE_UNPAID }));
    expect(mail.subject).toContain('逾期未缴纳信息处理费');
    expectBoth(mail, '《政府信息公开信息处理费管理办法》');
    expectBoth(mail, '缴费期限');
    expect(mail.text).not.toContain('补正');
  });

  it('refuses an unknown reason', () => {
    expect(() => renderTemplate('deemed-withdrawn', { ...data(), reason: 'BORED' })).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_TEMPLATE_DATA' }),
    );
  });
});
