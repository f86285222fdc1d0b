import { registerEnumType } from '@nestjs/graphql';
import {
  ConsultationAnswer,
  ConsultationKind,
  SERVICE_METHOD_LABELS,
  ServiceMethod,
} from '@gongkai/data';
import {
  ApplicationAction,
  DeemedWithdrawnReason,
  ExtensionStatus,
  FEE_METHOD_LABELS,
  FeeMethod,
  LateFlag,
  Outcome,
  OUTCOME_DEFINITIONS,
  REVIEW_KIND_LABELS,
  REVIEW_RESULT_LABELS,
  ReviewKind,
  ReviewResult,
} from '@gongkai/rules';
import { described } from './enums.js';

registerEnumType(Outcome, {
  name: 'Outcome',
  description: '办理结果（年度报告表三的末级行）',
  valuesMap: described(
    Object.fromEntries(
      Object.values(Outcome).map((o) => [
        o,
        `${OUTCOME_DEFINITIONS[o].groupLabel} ${OUTCOME_DEFINITIONS[o].rowLabel}`,
      ]),
    ) as Record<Outcome, string>,
  ),
});
registerEnumType(ConsultationKind, {
  name: 'ConsultationKind',
  description: '征求意见的对象',
  valuesMap: {
    THIRD_PARTY: { description: '第三方（第三十二条）' },
    OTHER_AGENCY: { description: '其他机关（第三十四条）' },
  },
});
registerEnumType(ConsultationAnswer, {
  name: 'ConsultationAnswer',
  description: '被征求意见方的答复',
  valuesMap: {
    AGREE: { description: '同意公开' },
    OBJECT: { description: '不同意公开（附理由）' },
    NO_ANSWER: { description: '逾期未提出意见' },
  },
});
registerEnumType(ExtensionStatus, {
  name: 'ExtensionStatus',
  description: '延期答复（第三十三条第二款）',
  valuesMap: {
    NONE: { description: '未申请' },
    REQUESTED: { description: '待负责人审批' },
    APPROVED: { description: '已同意延期' },
    REJECTED: { description: '不同意延期' },
  },
});
registerEnumType(FeeMethod, {
  name: 'FeeMethod',
  description: '信息处理费的计收方式',
  valuesMap: described(FEE_METHOD_LABELS),
});
registerEnumType(ServiceMethod, {
  name: 'ServiceMethod',
  description: '送达方式',
  valuesMap: described(SERVICE_METHOD_LABELS),
});
registerEnumType(DeemedWithdrawnReason, {
  name: 'DeemedWithdrawnReason',
  description: '视为放弃申请的原因',
  valuesMap: {
    NO_SUPPLEMENT: { description: '无正当理由逾期不补正' },
    FEE_UNPAID: { description: '逾期未缴纳信息处理费' },
  },
});
registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  description: '行政复议或行政诉讼（年度报告表四）',
  valuesMap: described(REVIEW_KIND_LABELS),
});
registerEnumType(ReviewResult, {
  name: 'ReviewResult',
  description: '复议或诉讼的结果',
  valuesMap: described(REVIEW_RESULT_LABELS),
});
registerEnumType(LateFlag, {
  name: 'LateFlag',
  description: '超过期限办理的环节（记录在案，不阻止办理）',
  valuesMap: {
    SUPPLEMENT_NOTICE_LATE: { description: '超过 7 个工作日告知补正' },
    SUPPLEMENT_RECEIVED_LATE: { description: '申请人逾期补正' },
    FEE_NOTICE_LATE: { description: '超过答复期限发出收费通知' },
    FEE_PAID_LATE: { description: '逾期缴费' },
    REPLY_ISSUED_LATE: { description: '超过答复期限作出答复' },
    REPLY_SERVED_LATE: { description: '超过答复期限送达' },
  },
});
registerEnumType(ApplicationAction, {
  name: 'ApplicationAction',
  description: '当前状态下规则允许的办理操作（取值即 mutation 名称的大写形式）',
});

export enum ClockStateView {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  AWAITING_SERVICE = 'AWAITING_SERVICE',
  STOPPED = 'STOPPED',
}
registerEnumType(ClockStateView, {
  name: 'ClockState',
  description: '答复期限的计算状态',
  valuesMap: {
    RUNNING: { description: '正在计算' },
    PAUSED: { description: '中止计算（征求意见或等待缴费）' },
    AWAITING_SUPPLEMENT: { description: '等待补正，收到补正后重新计算' },
    AWAITING_SERVICE: {
      description: '已作出答复，待送达（送达之日为期限届满的判断依据，期间继续计算）',
    },
    STOPPED: { description: '已办结，停止计算（已用工作日和是否超期按办结之日）' },
  },
});
