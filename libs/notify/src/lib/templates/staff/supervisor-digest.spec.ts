import {
  render,
  renderTemplate,
  type RenderedMail,
  type SupervisorDigestData,
} from '../templates.js';

const PORTAL = 'https://gk.example.gov.cn';

const data = (over: Partial<SupervisorDigestData> = {}): SupervisorDigestData => ({
  agencyName: '某某市人民政府办公室',
  recipientName: '王五',
  digestOn: '2024-10-28',
  overdue: {
    count: 3,
    items: [
      {
        applicationId: 'a1',
        trackingNumber: 'GK-2024-000001',
        dueOn: '2024-10-25',
        assigneeName: '李四',
      },
      { applicationId: 'a2', trackingNumber: 'GK-2024-000002', dueOn: '2024-10-24' },
    ],
  },
  dueThisWeek: {
    count: 1,
    items: [
      {
        applicationId: 'a3',
        trackingNumber: 'GK-2024-000003',
        dueOn: '2024-10-31',
        assigneeName: '赵六',
      },
    ],
  },
  unassigned: { count: 0, items: [] },
  awaitingExtensionDecision: {
    count: 1,
    items: [
      {
        applicationId: 'a4',
        trackingNumber: 'GK-2024-000004',
        dueOn: '2024-10-30',
        assigneeName: '钱七',
      },
    ],
  },
  portalUrl: PORTAL,
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('supervisor-digest', () => {
  it('counts each section in the subject and the body', () => {
    const mail = render('supervisor-digest', data());
    expect(mail.subject).toBe('【政府信息公开】督办摘要（2024年10月28日）：逾期3件，本周到期1件');
    expectBoth(mail, '已逾期（3件）');
    expectBoth(mail, '本周到期（1件）');
    expectBoth(mail, '未分配经办人（0件）');
    expectBoth(mail, '待审批延期（1件）');
  });

  it('lists each item with tracking number, due date, assignee and link', () => {
    const mail = render('supervisor-digest', data());
    expect(mail.text).toContain(
      '1. 登记号：GK-2024-000001；期限：2024年10月25日（星期五）；经办人：李四\n   https://gk.example.gov.cn/applications/a1',
    );
    expect(mail.html).toContain(
      '<a href="https://gk.example.gov.cn/applications/a1">GK-2024-000001</a>',
    );
    expectBoth(mail, '2024年10月31日（星期四）');
    expectBoth(mail, '钱七');
    expect(mail.text).toContain(
      '登记号：GK-2024-000002；期限：2024年10月24日（星期四）；经办人：未分配',
    );
  });

  it('says how many items were left out of a long list', () => {
    expectBoth(render('supervisor-digest', data()), '另有1件未列出');
  });

  it('escapes hostile names', () => {
    const mail = render(
      'supervisor-digest',
      data({
        dueThisWeek: {
          count: 1,
          items: [
            { applicationId: 'a"><x', trackingNumber: 'GK<1>', assigneeName: '<svg onload=x>' },
          ],
        },
      }),
    );
    expect(mail.html).not.toMatch(/<svg|<1>|"><x/);
    expect(mail.html).toContain('/applications/a%22%3E%3Cx');
  });

  it('refuses a count smaller than its list', () => {
    expect(() =>
      renderTemplate('supervisor-digest', {
        ...data(),
        dueThisWeek: { ...data().dueThisWeek, count: 0 },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'MAIL.INVALID_TEMPLATE_DATA',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ path: 'dueThisWeek.count' })],
        }),
      }),
    );
  });
});
