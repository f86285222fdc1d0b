import { DeemedWithdrawnReason, DomainError, Outcome } from '@gongkai/rules';
import {
  INVALID_TEMPLATE_DATA,
  isTemplateName,
  render,
  renderTemplate,
  TEMPLATE_NAMES,
  type TemplateData,
  type TemplateName,
} from './templates.js';

const AGENCY = '某某市自然资源和规划局';
const TN = 'GK-2024-000123';
const PORTAL = 'https://gk.example.gov.cn';
const APP_ID = '0b6f3c1e-6d5b-4a43-9c7e-2f1d8d1a0c11';

/** One valid payload per template; the type makes a new template add its sample here. */
const SAMPLES: { [T in TemplateName]: TemplateData[T] } = {
  acknowledgment: {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    queryCode: 'K7QX-9M2P',
    submittedOn: '2024-09-27',
    portalUrl: PORTAL,
  },
  'receipt-confirmed': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    receivedOn: '2024-09-27',
    replyDueOn: '2024-10-30',
  },
  'supplement-request': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    items: ['请写明所需信息的文件名称或文号'],
    supplementDueOn: '2024-10-18',
    portalUrl: PORTAL,
  },
  'supplement-received': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    supplementReceivedOn: '2024-10-16',
    replyDueOn: '2024-11-13',
  },
  'consultation-request': {
    agencyName: AGENCY,
    thirdPartyName: '某某建设有限公司',
    trackingNumber: TN,
    informationDescription: '2023年某地块建设工程规划许可证及附图',
    answerDueOn: '2024-10-31',
    requestedOn: '2024-10-10',
    answerInstructions: '请将书面意见寄至某某市某某路1号。',
  },
  'extension-notice': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    originalDueOn: '2024-10-30',
    extendedDueOn: '2024-11-27',
    reason: '申请公开的信息数量较大，需要检索多个年度的档案。',
  },
  'fee-notice': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    amountFen: 120000,
    lines: [
      { description: '按件计收（第11—30件）', amountFen: 100000 },
      { description: '按件计收（第31件起）', amountFen: 20000 },
    ],
    paymentMethod: '银行转账至本机关账户。',
    paymentDueOn: '2024-11-20',
  },
  'reply-issued': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    outcome: Outcome.GRANTED,
    replyText: '经审查，您申请的信息属于可以公开的政府信息。',
    issuedOn: '2024-10-25',
    receivedOn: '2024-09-27',
    obtainingMethod: '电子邮件',
    accessInstructions: '相关信息见本邮件附件。',
    reviewBody: '某某市人民政府',
  },
  'deemed-withdrawn': {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    reason: DeemedWithdrawnReason.NO_SUPPLEMENT,
    deemedWithdrawnOn: '2024-10-21',
    missedDueOn: '2024-10-18',
  },
  withdrawn: {
    agencyName: AGENCY,
    applicantName: '张三',
    trackingNumber: TN,
    withdrawnOn: '2024-10-08',
  },
  reminder: {
    agencyName: AGENCY,
    kind: 'REPLY_DUE_SOON',
    applicationId: APP_ID,
    trackingNumber: TN,
    recipientName: '李四',
    dueOn: '2024-10-30',
    workingDaysLeft: 3,
    assigneeName: '李四',
    portalUrl: PORTAL,
  },
  'supervisor-digest': {
    agencyName: AGENCY,
    recipientName: '王五',
    digestOn: '2024-10-28',
    overdue: {
      count: 1,
      items: [
        { applicationId: APP_ID, trackingNumber: TN, dueOn: '2024-10-25', assigneeName: '李四' },
      ],
    },
    dueThisWeek: { count: 0, items: [] },
    unassigned: { count: 0, items: [] },
    awaitingExtensionDecision: { count: 0, items: [] },
    portalUrl: PORTAL,
  },
  'statistics-published': {
    agencyName: AGENCY,
    recipientName: '王五',
    year: 2024,
    quarter: 3,
    version: 1,
    url: `${PORTAL}/statistics/2024/3`,
  },
  diagnostic: { requestedAt: '2026-11-26T08:00:00.000Z' },
  'password-reset': {
    recipientName: '李四',
    portalUrl: PORTAL,
    validMinutes: 30,
    token: `${APP_ID}.${'ab'.repeat(32)}`,
  },
  'applicant-signup': {
    portalUrl: PORTAL,
    validHours: 24,
    token: `${APP_ID}.${'cd'.repeat(32)}`,
  },
  'signup-existing': { portalUrl: PORTAL },
};

/** The contract: fields a payload may not omit. */
const REQUIRED: { [T in TemplateName]: readonly (keyof TemplateData[T])[] } = {
  acknowledgment: ['agencyName', 'trackingNumber', 'queryCode', 'submittedOn', 'portalUrl'],
  'receipt-confirmed': ['agencyName', 'trackingNumber', 'receivedOn', 'replyDueOn'],
  'supplement-request': ['agencyName', 'trackingNumber', 'items', 'supplementDueOn', 'portalUrl'],
  'supplement-received': ['agencyName', 'trackingNumber', 'supplementReceivedOn', 'replyDueOn'],
  'consultation-request': [
    'agencyName',
    'thirdPartyName',
    'trackingNumber',
    'informationDescription',
    'answerDueOn',
    'requestedOn',
  ],
  'extension-notice': ['agencyName', 'trackingNumber', 'extendedDueOn', 'reason'],
  'fee-notice': [
    'agencyName',
    'trackingNumber',
    'amountFen',
    'lines',
    'paymentMethod',
    'paymentDueOn',
  ],
  'reply-issued': ['agencyName', 'trackingNumber', 'outcome', 'replyText', 'issuedOn'],
  'deemed-withdrawn': ['agencyName', 'trackingNumber', 'reason', 'deemedWithdrawnOn'],
  withdrawn: ['agencyName', 'trackingNumber', 'withdrawnOn'],
  reminder: ['agencyName', 'kind', 'applicationId', 'trackingNumber', 'portalUrl'],
  'supervisor-digest': [
    'agencyName',
    'digestOn',
    'overdue',
    'dueThisWeek',
    'unassigned',
    'awaitingExtensionDecision',
    'portalUrl',
  ],
  'statistics-published': ['agencyName', 'year', 'quarter', 'version', 'url'],
  diagnostic: ['requestedAt'],
  'password-reset': ['recipientName', 'portalUrl', 'validMinutes', 'token'],
  'applicant-signup': ['portalUrl', 'validHours', 'token'],
  'signup-existing': ['portalUrl'],
};

/** The system's and the accounts' mails: no agency writes them (tested on their own below). */
const WITHOUT_AGENCY = [
  'diagnostic',
  'password-reset',
  'applicant-signup',
  'signup-existing',
] as const satisfies readonly TemplateName[];
type AgencyTemplate = Exclude<TemplateName, (typeof WITHOUT_AGENCY)[number]>;
const fromAgency = (name: TemplateName): name is AgencyTemplate =>
  !(WITHOUT_AGENCY as readonly TemplateName[]).includes(name);

const WITHOUT_TRACKING_NUMBER: readonly TemplateName[] = [
  'supervisor-digest',
  'statistics-published',
  'diagnostic',
];

const sample = (name: TemplateName): Record<string, unknown> =>
  structuredClone(SAMPLES[name]) as unknown as Record<string, unknown>;

function invalidDataError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(INVALID_TEMPLATE_DATA);
    return error as DomainError;
  }
  throw new Error('expected MAIL.INVALID_TEMPLATE_DATA, nothing was thrown');
}

const issuePaths = (error: DomainError): string[] =>
  (error.details['issues'] as { path: string }[]).map((i) => i.path);

describe('template registry', () => {
  it('holds every template of issue 5', () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(
      [
        'acknowledgment',
        'applicant-signup',
        'consultation-request',
        'deemed-withdrawn',
        'diagnostic',
        'extension-notice',
        'password-reset',
        'fee-notice',
        'receipt-confirmed',
        'reminder',
        'reply-issued',
        'signup-existing',
        'statistics-published',
        'supervisor-digest',
        'supplement-received',
        'supplement-request',
        'withdrawn',
      ].sort(),
    );
    expect(isTemplateName('reply-issued')).toBe(true);
    expect(isTemplateName('toString')).toBe(false);
    expect(isTemplateName('nope')).toBe(false);
  });

  it('refuses an unknown template with a code', () => {
    expect(() => renderTemplate('nope', {})).toThrow(
      expect.objectContaining({ code: 'MAIL.UNKNOWN_TEMPLATE' }),
    );
  });

  it('renders the same mail through the typed and the untyped entry point', () => {
    expect(render('fee-notice', SAMPLES['fee-notice'])).toEqual(
      renderTemplate('fee-notice', sample('fee-notice')),
    );
  });

  // The agency's mails; the system and account mails have no agency (tested below).
  describe.each(TEMPLATE_NAMES.filter(fromAgency))('%s', (name) => {
    const agency = SAMPLES[name].agencyName;

    it('renders zh-CN HTML and text in the shared layout, subject prefixed', () => {
      const mail = renderTemplate(name, sample(name));
      expect(mail.subject.startsWith('【政府信息公开】')).toBe(true);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('政府信息公开');
        expect(part).toContain(agency);
        expect(part).toContain('请勿直接回复');
      }
      expect(mail.html.startsWith('<!doctype html><html lang="zh-CN">')).toBe(true);
      expect(mail.html).not.toMatch(/undefined|null|NaN|\[object Object\]/);
      expect(mail.text).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    });

    if (!WITHOUT_TRACKING_NUMBER.includes(name)) {
      it('names the tracking number in the subject, the text and the HTML', () => {
        const mail = renderTemplate(name, sample(name));
        expect(mail.subject).toContain(`（登记号：${TN}）`);
        expect(mail.text).toContain(TN);
        expect(mail.html).toContain(TN);
      });
    }

    it.each(REQUIRED[name] as string[])('fails loudly without %s', (field) => {
      const data = sample(name);
      delete data[field];
      const error = invalidDataError(() => renderTemplate(name, data));
      expect(issuePaths(error)).toContain(field);
      expect(error.details['template']).toBe(name);
    });

    it('renders with every optional field left out', () => {
      const data = sample(name);
      for (const key of Object.keys(data)) {
        if (!(REQUIRED[name] as string[]).includes(key)) delete data[key];
      }
      expect(() => renderTemplate(name, data)).not.toThrow();
    });

    it('refuses blank text and wrongly typed fields, without echoing the values', () => {
      const data = sample(name);
      data['agencyName'] = '   \n ';
      expect(issuePaths(invalidDataError(() => renderTemplate(name, data)))).toEqual([
        'agencyName',
      ]);
      const typed = sample(name);
      typed['agencyName'] = 42;
      invalidDataError(() => renderTemplate(name, typed));
      const secret = sample(name);
      secret['agencyName'] = { secret: '110101199003077777' };
      const error = invalidDataError(() => renderTemplate(name, secret));
      expect(error.message).not.toContain('110101199003077777');
      expect(JSON.stringify(error.details)).not.toContain('110101199003077777');
    });

    it('refuses a payload that is not an object', () => {
      invalidDataError(() => renderTemplate(name, null as unknown as Record<string, unknown>));
      invalidDataError(() => renderTemplate(name, [] as unknown as Record<string, unknown>));
    });

    it('escapes hostile text in every free-text field', () => {
      const hostile = `<img src=x onerror=alert(1)>"'&`;
      let tested = 0;
      for (const [key, value] of Object.entries(SAMPLES[name])) {
        if (typeof value !== 'string') continue;
        const data = { ...sample(name), [key]: `${value}${hostile}` };
        let mail;
        try {
          mail = renderTemplate(name, data);
        } catch {
          continue; // a date, URL or code: refused, never rendered
        }
        tested += 1;
        expect(mail.html).not.toContain('<img');
      }
      expect(tested).toBeGreaterThan(0);
    });

    it('refuses a malformed date and a non-http URL', () => {
      const data = sample(name);
      const dateKey = Object.entries(data).find(
        ([, v]) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
      )?.[0];
      if (dateKey) {
        data[dateKey] = '2024-02-30';
        expect(issuePaths(invalidDataError(() => renderTemplate(name, data)))).toEqual([dateKey]);
      }
      const urlKey = ['portalUrl', 'url'].find((k) => k in data);
      if (urlKey) {
        const bad = { ...sample(name), [urlKey]: 'javascript:alert(1)//' };
        expect(issuePaths(invalidDataError(() => renderTemplate(name, bad)))).toEqual([urlKey]);
      }
    });
  });
});

describe('diagnostic', () => {
  it('renders the diagnostic mail in zh-CN, as HTML and text in one layout', () => {
    const mail = renderTemplate('diagnostic', { requestedAt: '2026-11-26T08:00:00.000Z' });
    expect(mail.subject).toBe('【公开】邮件发送测试');
    expect(mail.text).toContain('请求时间：2026-11-26T08:00:00.000Z');
    expect(mail.text).toContain('请勿直接回复');
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.html).toContain('<p>请求时间：2026-11-26T08:00:00.000Z</p>');
  });

  it('escapes data in the HTML part', () => {
    const mail = renderTemplate('diagnostic', { requestedAt: '<script>x</script>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('fails loudly without its timestamp', () => {
    invalidDataError(() => renderTemplate('diagnostic', {}));
  });
});

describe('password-reset', () => {
  it('links to the portal with the token in the fragment, says how long it works, and no agency', () => {
    const mail = renderTemplate('password-reset', sample('password-reset'));
    const link = `https://gk.example.gov.cn/reset-password#token=${APP_ID}.${'ab'.repeat(32)}`;
    expect(mail.subject).toBe('【政府信息公开】重置密码');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(link);
      expect(part).toContain('30分钟内有效');
      expect(part).toContain('李四');
      expect(part).toContain('如果您没有申请重置密码');
    }
  });

  it.each(REQUIRED['password-reset'])('fails loudly without %s', (field) => {
    const data = sample('password-reset');
    delete data[field];
    expect(issuePaths(invalidDataError(() => renderTemplate('password-reset', data)))).toContain(
      field,
    );
  });

  it('refuses a portal address that is not http(s)', () => {
    const data = { ...sample('password-reset'), portalUrl: 'javascript:alert(1)//' };
    expect(issuePaths(invalidDataError(() => renderTemplate('password-reset', data)))).toEqual([
      'portalUrl',
    ]);
  });
});

describe('applicant-signup', () => {
  it('links to the portal with the token in the fragment, says how long it works, and no agency', () => {
    const mail = renderTemplate('applicant-signup', sample('applicant-signup'));
    const link = `https://gk.example.gov.cn/account/confirm#token=${APP_ID}.${'cd'.repeat(32)}`;
    expect(mail.subject).toBe('【政府信息公开】确认注册申请人账户');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(link);
      expect(part).toContain('24小时内有效');
      expect(part).toContain('注册时设置的密码');
      expect(part).toContain('如果您没有申请注册');
      expect(part).not.toContain(AGENCY);
    }
  });

  it.each(REQUIRED['applicant-signup'])('fails loudly without %s', (field) => {
    const data = sample('applicant-signup');
    delete data[field];
    expect(issuePaths(invalidDataError(() => renderTemplate('applicant-signup', data)))).toContain(
      field,
    );
  });
});

describe('signup-existing', () => {
  it('tells the owner no second account was opened, with the sign-in and forgotten-password pages', () => {
    const mail = renderTemplate('signup-existing', sample('signup-existing'));
    expect(mail.subject).toBe('【政府信息公开】该邮箱已注册');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('没有开通新账户');
      expect(part).toContain('https://gk.example.gov.cn/account/login');
      expect(part).toContain('https://gk.example.gov.cn/forgot-password');
      expect(part).not.toContain('#token=');
    }
  });

  it('refuses a portal address that is not http(s)', () => {
    const data = { portalUrl: 'javascript:alert(1)//' };
    expect(issuePaths(invalidDataError(() => renderTemplate('signup-existing', data)))).toEqual([
      'portalUrl',
    ]);
  });
});
