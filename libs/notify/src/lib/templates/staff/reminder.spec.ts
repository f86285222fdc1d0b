import {
  REMINDER_KINDS,
  type ReminderData,
  render,
  renderTemplate,
  type RenderedMail,
} from '../templates.js';
import { remainingLabel } from './reminder.js';

const data = (over: Partial<ReminderData> = {}): ReminderData => ({
  agencyName: '某某区人民政府',
  kind: 'REPLY_DUE_SOON',
  applicationId: '0b6f3c1e-6d5b-4a43-9c7e-2f1d8d1a0c11',
  trackingNumber: 'GK-2024-000123',
  recipientName: '李四',
  dueOn: '2024-10-30',
  workingDaysLeft: 3,
  assigneeName: '李四',
  portalUrl: 'https://gk.example.gov.cn',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('reminder', () => {
  it('names the item, the application, the due date and the working days left', () => {
    const mail = render('reminder', data());
    expect(mail.subject).toBe(
      '【政府信息公开】提醒：答复期限还剩3个工作日（登记号：GK-2024-000123）',
    );
    expectBoth(mail, '李四：');
    expectBoth(mail, 'GK-2024-000123');
    expectBoth(mail, '2024年10月30日（星期三）');
    expectBoth(mail, '还剩3个工作日');
  });

  it('links to the application in the workspace', () => {
    const mail = render('reminder', data());
    const url = 'https://gk.example.gov.cn/applications/0b6f3c1e-6d5b-4a43-9c7e-2f1d8d1a0c11';
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="${url}">`);
  });

  it('has a distinct subject for every kind', () => {
    const subjects = REMINDER_KINDS.map((kind) => render('reminder', data({ kind })).subject);
    expect(new Set(subjects).size).toBe(REMINDER_KINDS.length);
    for (const s of subjects)
      expect(s).toMatch(/^【政府信息公开】提醒：.+（登记号：GK-2024-000123）$/);
  });

  it('says today and overdue plainly', () => {
    expect(remainingLabel(0)).toBe('今日到期');
    expect(remainingLabel(-2)).toBe('已逾期2个工作日');
    const overdue = render('reminder', data({ kind: 'REPLY_OVERDUE', workingDaysLeft: -2 }));
    expect(overdue.subject).toContain('已超过答复期限');
    expectBoth(overdue, '已逾期2个工作日');
    expectBoth(
      render('reminder', data({ kind: 'REPLY_DUE_TODAY', workingDaysLeft: 0 })),
      '今日到期',
    );
  });

  it('shows an unassigned application as such', () => {
    const { assigneeName: _, ...rest } = data({ kind: 'UNASSIGNED' });
    expectBoth(render('reminder', rest), '未分配');
  });

  it('renders a reminder without a due date', () => {
    const { dueOn: _d, workingDaysLeft: _w, ...rest } = data({ kind: 'CONFIRMATION_PENDING' });
    const mail = render('reminder', rest);
    expectBoth(mail, '第三十一条');
    expect(mail.text).not.toContain('剩余时间');
  });

  it('refuses an unknown kind and fractional working days', () => {
    for (const bad of [{ kind: 'SOMETIME' }, { workingDaysLeft: 1.5 }]) {
      expect(() => renderTemplate('reminder', { ...data(), ...bad })).toThrow(
        expect.objectContaining({ code: 'MAIL.INVALID_TEMPLATE_DATA' }),
      );
    }
  });
});
