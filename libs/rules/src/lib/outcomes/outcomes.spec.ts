import fc from 'fast-check';
import {
  APPLICANT_KINDS,
  APPLICANT_KIND_LABELS,
  ApplicantKind,
  isApplicantKind,
  isOrganisation,
} from './applicant-kind.js';
import { Outcome, OUTCOMES, isOutcome } from './outcome.js';
import { OUTCOME_DEFINITIONS, outcomesInGroup } from './outcome-definitions.js';
import { OUTCOME_GROUPS, OutcomeGroup } from './outcome-group.js';
import { REPLY_FIELDS, type ReplyContent } from './reply-content.js';
import { OTHER_PROCESSING_2019, resultRowIn2019Template } from './template-2019-rows.js';
import { validateReplyContent } from './validate-reply-content.js';

describe('applicant kinds', () => {
  it('are the six columns of table 三 in template order', () => {
    expect(APPLICANT_KINDS.map((k) => APPLICANT_KIND_LABELS[k])).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(APPLICANT_KINDS).toEqual(Object.values(ApplicantKind));
    expect(APPLICANT_KINDS.filter(isOrganisation)).toHaveLength(5);
    expect(isApplicantKind('NATURAL_PERSON')).toBe(true);
    expect(isApplicantKind('CITIZEN')).toBe(false);
  });
});

describe('outcome taxonomy', () => {
  it('has exactly the 21 leaf rows of the 2021 table 三, in template order', () => {
    expect(OUTCOMES).toEqual(Object.values(Outcome));
    expect(OUTCOMES.map((o) => OUTCOME_DEFINITIONS[o].rowLabel)).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
      '1.本机关不掌握相关政府信息',
      '2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确',
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ]);
  });

  it('groups them 1 + 1 + 8 + 3 + 5 + 3, every definition keyed by its own outcome', () => {
    expect(OUTCOME_GROUPS.map((g) => outcomesInGroup(g).length)).toEqual([1, 1, 8, 3, 5, 3]);
    for (const o of OUTCOMES) expect(OUTCOME_DEFINITIONS[o].outcome).toBe(o);
    expect(outcomesInGroup(OutcomeGroup.WITHHELD).every((o) => o.startsWith('WITHHELD_'))).toBe(
      true,
    );
    expect(isOutcome('GRANTED')).toBe(true);
    expect(isOutcome('APPROVED')).toBe(false);
  });

  it('requires a legal basis and reasons on every withheld reply', () => {
    for (const o of outcomesInGroup(OutcomeGroup.WITHHELD)) {
      expect(OUTCOME_DEFINITIONS[o].requires.legalBasis).toBe('required');
      expect(OUTCOME_DEFINITIONS[o].legalBasisLabel).toMatch(
        /^《中华人民共和国政府信息公开条例》第/,
      );
    }
  });

  it('maps the three （六） outcomes to the single 2019 row and leaves the rest alone', () => {
    expect(resultRowIn2019Template(Outcome.OTHER_FEE_UNPAID)).toBe(OTHER_PROCESSING_2019);
    expect(resultRowIn2019Template(Outcome.OTHER_NO_SUPPLEMENT)).toBe(OTHER_PROCESSING_2019);
    expect(resultRowIn2019Template(Outcome.OTHER)).toBe(OTHER_PROCESSING_2019);
    expect(resultRowIn2019Template(Outcome.WITHHELD_STATE_SECRET)).toBe(
      Outcome.WITHHELD_STATE_SECRET,
    );
    expect(new Set(OUTCOMES.map(resultRowIn2019Template)).size).toBe(19);
  });
});

describe('validateReplyContent', () => {
  it('accepts a withheld reply with legal basis and reasons', () => {
    expect(
      validateReplyContent(Outcome.WITHHELD_STATE_SECRET, {
        legalBasis: '第十四条',
        reasons: '经定密属于国家秘密',
      }),
    ).toEqual([]);
  });

  it('names every missing field of a withheld reply with its own code', () => {
    const errors = validateReplyContent(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, { legalBasis: '  ' });
    expect(errors.map((e) => e.code)).toEqual([
      'APPLICATION.REPLY_LEGAL_BASIS_REQUIRED',
      'APPLICATION.REPLY_REASONS_REQUIRED',
    ]);
    expect(errors[1]?.details).toEqual({
      outcome: Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
      field: 'reasons',
    });
  });

  it('wants reasons for the withheld part and access instructions for the rest of a partial grant', () => {
    expect(
      validateReplyContent(Outcome.PARTIALLY_GRANTED, { legalBasis: '第三十七条' }).map(
        (e) => e.code,
      ),
    ).toEqual([
      'APPLICATION.REPLY_REASONS_REQUIRED',
      'APPLICATION.REPLY_ACCESS_INSTRUCTIONS_REQUIRED',
    ]);
  });

  it('lets a "not held" reply name the responsible agency, and no other kind', () => {
    const agency = { name: '某市自然资源局', contact: '0527-1234567' };
    expect(
      validateReplyContent(Outcome.UNAVAILABLE_NOT_HELD, {
        legalBasis: '第三十六条第（五）项',
        responsibleAgency: agency,
      }),
    ).toEqual([]);
    expect(
      validateReplyContent(Outcome.UNAVAILABLE_NOT_HELD, { legalBasis: '第三十六条第（四）项' }),
    ).toEqual([]);
    expect(
      validateReplyContent(Outcome.GRANTED, {
        accessInstructions: '见附件',
        responsibleAgency: agency,
      }),
    ).toEqual([
      expect.objectContaining({
        code: 'APPLICATION.REPLY_FIELD_NOT_APPLICABLE',
        details: { outcome: Outcome.GRANTED, field: 'responsibleAgency' },
      }),
    ]);
  });

  it('wants the other procedure named for an administrative-query matter', () => {
    expect(
      validateReplyContent(Outcome.WITHHELD_ADMINISTRATIVE_QUERY, {
        legalBasis: '第三十六条第（七）项',
      }).map((e) => e.code),
    ).toEqual(['APPLICATION.REPLY_REFERRAL_REQUIRED']);
  });

  it('refuses an unknown outcome', () => {
    expect(validateReplyContent('APPROVED' as Outcome, {}).map((e) => e.code)).toEqual([
      'APPLICATION.UNKNOWN_OUTCOME',
    ]);
  });

  it('a reply holding exactly its required fields is valid, and dropping any one is not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTCOMES), (outcome) => {
        const requires = OUTCOME_DEFINITIONS[outcome].requires;
        const required = REPLY_FIELDS.filter((f) => requires[f] === 'required');
        const full: Record<string, unknown> = {};
        for (const f of required) full[f] = f === 'responsibleAgency' ? { name: '某局' } : '内容';
        expect(validateReplyContent(outcome, full as ReplyContent)).toEqual([]);
        for (const f of required) {
          const { [f]: _dropped, ...rest } = full;
          expect(validateReplyContent(outcome, rest as ReplyContent)).toHaveLength(1);
        }
      }),
    );
  });
});
