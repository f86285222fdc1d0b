import {
  APPLICANT_KINDS,
  APPLICANT_KIND_LABELS,
  isOrganisation,
} from '../outcomes/applicant-kind.js';
import { OUTCOMES, type Outcome } from '../outcomes/outcome.js';
import { OUTCOME_DEFINITIONS, outcomesInGroup } from '../outcomes/outcome-definitions.js';
import { OutcomeGroup, OUTCOME_GROUP_LABELS } from '../outcomes/outcome-group.js';
import {
  OTHER_PROCESSING_2019,
  OUTCOMES_MERGED_IN_2019,
  resultRowIn2019Template,
} from '../outcomes/template-2019-rows.js';
import { ReportTemplate } from './report-template.js';
import type { TableThreeColumnKey, TableThreeRowKey } from './table-three.js';

export type TableThreeRowKind =
  'RECEIVED' | 'CARRIED_IN' | 'RESULT' | 'CONCLUDED_TOTAL' | 'CARRIED_OUT';

export interface TableThreeRowLayout {
  readonly key: TableThreeRowKey;
  readonly kind: TableThreeRowKind;
  /** The row's own label cell, verbatim. */
  readonly label: string;
  /** For sub-items (（三）1 …): the group cell spanning them, e.g. `（三）不予公开`. */
  readonly groupLabel?: string;
  /** The outcomes counted in this row (result rows only). */
  readonly outcomes: readonly Outcome[];
}

export interface TableThreeColumnLayout {
  readonly key: TableThreeColumnKey;
  readonly label: string;
  /** Under the `法人或其他组织` header. */
  readonly organisation: boolean;
}

export interface TableThreeLayout {
  readonly template: ReportTemplate;
  readonly heading: string;
  /** The top-left note cell. */
  readonly noteCell: string;
  readonly applicantHeader: string;
  readonly organisationHeader: string;
  /** The vertical cell spanning every result row and （七）总计. */
  readonly resultSectionLabel: string;
  readonly columns: readonly TableThreeColumnLayout[];
  readonly rows: readonly TableThreeRowLayout[];
}

const COLUMNS: readonly TableThreeColumnLayout[] = [
  ...APPLICANT_KINDS.map((kind) => ({
    key: kind,
    label: APPLICANT_KIND_LABELS[kind],
    organisation: isOrganisation(kind),
  })),
  { key: 'TOTAL', label: '总计', organisation: false },
];

function resultRow(outcome: Outcome): TableThreeRowLayout {
  const d = OUTCOME_DEFINITIONS[outcome];
  // A group of one outcome (（一）, （二）) is printed as a single row with its own label.
  return outcomesInGroup(d.group).length === 1
    ? { key: outcome, kind: 'RESULT', label: d.rowLabel, outcomes: [outcome] }
    : {
        key: outcome,
        kind: 'RESULT',
        label: d.rowLabel,
        groupLabel: d.groupLabel,
        outcomes: [outcome],
      };
}

function resultRows(template: ReportTemplate): readonly TableThreeRowLayout[] {
  if (template === ReportTemplate.TEMPLATE_2021) return OUTCOMES.map(resultRow);
  return [
    ...OUTCOMES.filter((o) => !OUTCOMES_MERGED_IN_2019.includes(o)).map(resultRow),
    {
      key: OTHER_PROCESSING_2019,
      kind: 'RESULT',
      label: OUTCOME_GROUP_LABELS[OutcomeGroup.OTHER],
      outcomes: OUTCOMES_MERGED_IN_2019,
    },
  ];
}

function buildLayout(template: ReportTemplate): TableThreeLayout {
  return {
    template,
    heading: '三、收到和处理政府信息公开申请情况',
    noteCell: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicantHeader: '申请人情况',
    organisationHeader: '法人或其他组织',
    resultSectionLabel: '三、本年度办理结果',
    columns: COLUMNS,
    rows: [
      {
        key: 'RECEIVED',
        kind: 'RECEIVED',
        label: '一、本年新收政府信息公开申请数量',
        outcomes: [],
      },
      {
        key: 'CARRIED_IN',
        kind: 'CARRIED_IN',
        label: '二、上年结转政府信息公开申请数量',
        outcomes: [],
      },
      ...resultRows(template),
      { key: 'CONCLUDED_TOTAL', kind: 'CONCLUDED_TOTAL', label: '（七）总计', outcomes: [] },
      { key: 'CARRIED_OUT', kind: 'CARRIED_OUT', label: '四、结转下年度继续办理', outcomes: [] },
    ],
  };
}

const LAYOUTS: Readonly<Record<ReportTemplate, TableThreeLayout>> = {
  [ReportTemplate.TEMPLATE_2019]: buildLayout(ReportTemplate.TEMPLATE_2019),
  [ReportTemplate.TEMPLATE_2021]: buildLayout(ReportTemplate.TEMPLATE_2021),
};

/** Row and column layout of table 三, labels verbatim (regulation.md §3.2, §3.3). */
export function tableThreeLayout(template: ReportTemplate): TableThreeLayout {
  return LAYOUTS[template];
}

/** The row an outcome is counted in under a template. */
export function tableThreeRowForOutcome(
  template: ReportTemplate,
  outcome: Outcome,
): TableThreeRowKey {
  return template === ReportTemplate.TEMPLATE_2019 ? resultRowIn2019Template(outcome) : outcome;
}
