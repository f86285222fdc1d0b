import { Outcome, OUTCOMES } from './outcome.js';
import { OutcomeGroup, OUTCOME_GROUP_LABELS } from './outcome-group.js';
import type { ReplyRequirements } from './reply-content.js';

export interface OutcomeDefinition {
  readonly outcome: Outcome;
  readonly group: OutcomeGroup;
  /** The group cell, e.g. `（三）不予公开`. */
  readonly groupLabel: string;
  /** The row cell, verbatim from the 2021 template (for （一）（二） the group label itself). */
  readonly rowLabel: string;
  readonly englishLabel: string;
  /** Short citations: `REG` = 政府信息公开条例 (2019), `FEE` = 国办函〔2020〕109号. */
  readonly legalBasis: readonly string[];
  /** The same citations as a reply letter writes them. */
  readonly legalBasisLabel: string;
  /** Set when the row ↔ article mapping is practice, not written rule (regulation.md §3.2 [U]). */
  readonly interpretation?: string;
  readonly requires: ReplyRequirements;
}

const REG = '《中华人民共和国政府信息公开条例》';

/** A refusal must say why and on which article (Art. 36(3)); it gives nothing to obtain. */
const WITHHELD_REQUIRES: ReplyRequirements = {
  legalBasis: 'required',
  reasons: 'required',
  accessInstructions: 'not-applicable',
  responsibleAgency: 'not-applicable',
  referral: 'optional',
};

/** Not processed / unavailable: cite the article; reasons and pointers are welcome, not mandated. */
const DECLINED_REQUIRES: ReplyRequirements = {
  legalBasis: 'required',
  reasons: 'optional',
  accessInstructions: 'not-applicable',
  responsibleAgency: 'not-applicable',
  referral: 'optional',
};

/** Deemed withdrawn: the closing notice cites Art. 30 / FEE, but the law prescribes no content. */
const CLOSING_REQUIRES: ReplyRequirements = {
  legalBasis: 'optional',
  reasons: 'optional',
  accessInstructions: 'not-applicable',
  responsibleAgency: 'not-applicable',
  referral: 'not-applicable',
};

function withheld(
  outcome: Outcome,
  rowLabel: string,
  englishLabel: string,
  legalBasis: readonly string[],
  legalBasisLabel: string,
  interpretation?: string,
): OutcomeDefinition {
  return {
    outcome,
    group: OutcomeGroup.WITHHELD,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.WITHHELD],
    rowLabel,
    englishLabel,
    legalBasis,
    legalBasisLabel,
    requires: WITHHELD_REQUIRES,
    ...(interpretation === undefined ? {} : { interpretation }),
  };
}

/**
 * The outcome taxonomy as data. Row labels are verbatim (regulation.md §3.2, including the
 * curly quotes of `“三安全一稳定”`); the annual-report tables and the reply validator read
 * only this table.
 */
export const OUTCOME_DEFINITIONS: Readonly<Record<Outcome, OutcomeDefinition>> = {
  [Outcome.GRANTED]: {
    outcome: Outcome.GRANTED,
    group: OutcomeGroup.GRANTED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.GRANTED],
    rowLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.GRANTED],
    englishLabel: 'Granted',
    legalBasis: ['REG Art. 36(1)', 'REG Art. 36(2)'],
    legalBasisLabel: `${REG}第三十六条第（一）项、第（二）项`,
    interpretation:
      'Art. 36(1) (already disclosed, applicant told where) is counted here by common practice.',
    requires: {
      legalBasis: 'optional',
      reasons: 'optional',
      accessInstructions: 'required',
      responsibleAgency: 'not-applicable',
      referral: 'optional',
    },
  },
  [Outcome.PARTIALLY_GRANTED]: {
    outcome: Outcome.PARTIALLY_GRANTED,
    group: OutcomeGroup.PARTIALLY_GRANTED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.PARTIALLY_GRANTED],
    rowLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.PARTIALLY_GRANTED],
    englishLabel: 'Partially granted',
    legalBasis: ['REG Art. 37'],
    legalBasisLabel: `${REG}第三十七条`,
    // Art. 37: provide the disclosable part and explain the withheld part.
    requires: {
      legalBasis: 'required',
      reasons: 'required',
      accessInstructions: 'required',
      responsibleAgency: 'not-applicable',
      referral: 'optional',
    },
  },
  [Outcome.WITHHELD_STATE_SECRET]: withheld(
    Outcome.WITHHELD_STATE_SECRET,
    '1.属于国家秘密',
    'Withheld: state secret',
    ['REG Art. 14', 'REG Art. 36(3)'],
    `${REG}第十四条、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_PROHIBITED_BY_LAW]: withheld(
    Outcome.WITHHELD_PROHIBITED_BY_LAW,
    '2.其他法律行政法规禁止公开',
    'Withheld: prohibited by other laws or administrative regulations',
    ['REG Art. 14', 'REG Art. 36(3)'],
    `${REG}第十四条、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_SECURITY_STABILITY]: withheld(
    Outcome.WITHHELD_SECURITY_STABILITY,
    '3.危及“三安全一稳定”',
    'Withheld: endangers national, public or economic security or social stability',
    ['REG Art. 14', 'REG Art. 36(3)'],
    `${REG}第十四条、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_THIRD_PARTY_RIGHTS]: withheld(
    Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
    '4.保护第三方合法权益',
    'Withheld: protects the lawful rights of a third party',
    ['REG Art. 15', 'REG Art. 32', 'REG Art. 36(3)'],
    `${REG}第十五条、第三十二条、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_INTERNAL_AFFAIRS]: withheld(
    Outcome.WITHHELD_INTERNAL_AFFAIRS,
    '5.属于三类内部事务信息',
    'Withheld: internal affairs information',
    ['REG Art. 16(1)', 'REG Art. 36(3)'],
    `${REG}第十六条第一款、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_PROCESS_INFORMATION]: withheld(
    Outcome.WITHHELD_PROCESS_INFORMATION,
    '6.属于四类过程性信息',
    'Withheld: process information',
    ['REG Art. 16(2)', 'REG Art. 36(3)'],
    `${REG}第十六条第二款、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_ENFORCEMENT_FILE]: withheld(
    Outcome.WITHHELD_ENFORCEMENT_FILE,
    '7.属于行政执法案卷',
    'Withheld: administrative enforcement file',
    ['REG Art. 16(2)', 'REG Art. 36(3)'],
    `${REG}第十六条第二款、第三十六条第（三）项`,
  ),
  [Outcome.WITHHELD_ADMINISTRATIVE_QUERY]: {
    ...withheld(
      Outcome.WITHHELD_ADMINISTRATIVE_QUERY,
      '8.属于行政查询事项',
      'Withheld: administrative query matter',
      ['REG Art. 36(7)'],
      `${REG}第三十六条第（七）项`,
      'Mapped to Art. 36(7) (special access regimes such as registration records) by practice.',
    ),
    // Art. 36(7): the reply tells the applicant which procedure to follow instead.
    requires: { ...WITHHELD_REQUIRES, reasons: 'optional', referral: 'required' },
  },
  [Outcome.UNAVAILABLE_NOT_HELD]: {
    outcome: Outcome.UNAVAILABLE_NOT_HELD,
    group: OutcomeGroup.UNAVAILABLE,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.UNAVAILABLE],
    rowLabel: '1.本机关不掌握相关政府信息',
    englishLabel: 'Unavailable: not held by this agency',
    legalBasis: ['REG Art. 36(4)', 'REG Art. 36(5)'],
    legalBasisLabel: `${REG}第三十六条第（四）项、第（五）项`,
    interpretation:
      'Both Art. 36(4) (does not exist) and Art. 36(5) (not this agency’s) are counted here by practice.',
    // Art. 36(5): name the responsible agency and its contact details "if known".
    requires: { ...DECLINED_REQUIRES, responsibleAgency: 'optional' },
  },
  [Outcome.UNAVAILABLE_NEEDS_CREATION]: {
    outcome: Outcome.UNAVAILABLE_NEEDS_CREATION,
    group: OutcomeGroup.UNAVAILABLE,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.UNAVAILABLE],
    rowLabel: '2.没有现成信息需要另行制作',
    englishLabel: 'Unavailable: would have to be newly created',
    legalBasis: ['REG Art. 38'],
    legalBasisLabel: `${REG}第三十八条`,
    requires: { ...DECLINED_REQUIRES, reasons: 'required' },
  },
  [Outcome.UNAVAILABLE_STILL_UNCLEAR]: {
    outcome: Outcome.UNAVAILABLE_STILL_UNCLEAR,
    group: OutcomeGroup.UNAVAILABLE,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.UNAVAILABLE],
    rowLabel: '3.补正后申请内容仍不明确',
    englishLabel: 'Unavailable: still unclear after supplement',
    legalBasis: ['REG Art. 30'],
    legalBasisLabel: `${REG}第三十条`,
    // The applicant already had one chance; the letter must say what is still unclear.
    requires: { ...DECLINED_REQUIRES, reasons: 'required' },
  },
  [Outcome.NOT_PROCESSED_PETITION]: {
    outcome: Outcome.NOT_PROCESSED_PETITION,
    group: OutcomeGroup.NOT_PROCESSED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.NOT_PROCESSED],
    rowLabel: '1.信访举报投诉类申请',
    englishLabel: 'Not processed: petition, report or complaint',
    legalBasis: ['REG Art. 39(1)'],
    legalBasisLabel: `${REG}第三十九条第一款`,
    requires: DECLINED_REQUIRES,
  },
  [Outcome.NOT_PROCESSED_REPEATED]: {
    outcome: Outcome.NOT_PROCESSED_REPEATED,
    group: OutcomeGroup.NOT_PROCESSED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.NOT_PROCESSED],
    rowLabel: '2.重复申请',
    englishLabel: 'Not processed: repeated application',
    legalBasis: ['REG Art. 36(6)'],
    legalBasisLabel: `${REG}第三十六条第（六）项`,
    requires: DECLINED_REQUIRES,
  },
  [Outcome.NOT_PROCESSED_PUBLICATION]: {
    outcome: Outcome.NOT_PROCESSED_PUBLICATION,
    group: OutcomeGroup.NOT_PROCESSED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.NOT_PROCESSED],
    rowLabel: '3.要求提供公开出版物',
    englishLabel: 'Not processed: asks for public publications',
    legalBasis: ['REG Art. 39(2)'],
    legalBasisLabel: `${REG}第三十九条第二款`,
    requires: DECLINED_REQUIRES,
  },
  [Outcome.NOT_PROCESSED_EXCESSIVE]: {
    outcome: Outcome.NOT_PROCESSED_EXCESSIVE,
    group: OutcomeGroup.NOT_PROCESSED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.NOT_PROCESSED],
    rowLabel: '4.无正当理由大量反复申请',
    englishLabel: 'Not processed: excessive repeated applications without good reason',
    legalBasis: ['REG Art. 35'],
    legalBasisLabel: `${REG}第三十五条`,
    requires: DECLINED_REQUIRES,
  },
  [Outcome.NOT_PROCESSED_CONFIRMATION]: {
    outcome: Outcome.NOT_PROCESSED_CONFIRMATION,
    group: OutcomeGroup.NOT_PROCESSED,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.NOT_PROCESSED],
    rowLabel: '5.要求行政机关确认或重新出具已获取信息',
    englishLabel: 'Not processed: asks to confirm or reissue information already obtained',
    legalBasis: [],
    legalBasisLabel: '',
    interpretation: 'A practice category of the template; no specific article.',
    // No article to cite, so a legal basis cannot be demanded.
    requires: { ...DECLINED_REQUIRES, legalBasis: 'optional' },
  },
  [Outcome.OTHER_NO_SUPPLEMENT]: {
    outcome: Outcome.OTHER_NO_SUPPLEMENT,
    group: OutcomeGroup.OTHER,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.OTHER],
    rowLabel: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    englishLabel: 'Other: deemed withdrawn, no supplement in time',
    legalBasis: ['REG Art. 30'],
    legalBasisLabel: `${REG}第三十条`,
    requires: CLOSING_REQUIRES,
  },
  [Outcome.OTHER_FEE_UNPAID]: {
    outcome: Outcome.OTHER_FEE_UNPAID,
    group: OutcomeGroup.OTHER,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.OTHER],
    rowLabel: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    englishLabel: 'Other: deemed withdrawn, fee not paid',
    legalBasis: ['FEE'],
    legalBasisLabel: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    requires: CLOSING_REQUIRES,
  },
  [Outcome.OTHER]: {
    outcome: Outcome.OTHER,
    group: OutcomeGroup.OTHER,
    groupLabel: OUTCOME_GROUP_LABELS[OutcomeGroup.OTHER],
    rowLabel: '3.其他',
    englishLabel: 'Other',
    legalBasis: [],
    legalBasisLabel: '',
    interpretation:
      'Anything else, including withdrawal by the applicant (regulation.md §3.2 [U]).',
    requires: {
      legalBasis: 'optional',
      reasons: 'optional',
      accessInstructions: 'optional',
      responsibleAgency: 'optional',
      referral: 'optional',
    },
  },
};

/** The outcomes of one group, in template order. */
export function outcomesInGroup(group: OutcomeGroup): readonly Outcome[] {
  return OUTCOMES.filter((o) => OUTCOME_DEFINITIONS[o].group === group);
}
