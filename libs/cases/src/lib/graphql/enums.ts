import { registerEnumType } from '@nestjs/graphql';
import {
  ApplicationEventType,
  EventActorKind,
  IDENTITY_DOCUMENT_TYPE_LABELS,
  IdentityDocumentType,
  OBTAINING_METHOD_LABELS,
  ObtainingMethod,
  REQUESTED_FORM_LABELS,
  RequestedForm,
} from '@gongkai/data';
import {
  APPLICANT_KIND_LABELS,
  ApplicantKind,
  APPLICATION_STATUS_LABELS,
  ApplicationStatus,
  Channel,
  CHANNEL_LABELS,
  LETTER_KIND_LABELS,
  LetterKind,
} from '@gongkai/rules';
import { APPLICATION_EVENT_LABELS } from '../support/application-event-labels.js';

/** How a legal receipt date stands after a filing or a confirmation. */
export enum LegalReceiptStatus {
  RECEIVED = 'RECEIVED',
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
}

/** A day of a deadline explanation (mirrors `ExplanationDayKind` of libs/rules). */
export enum ExplanationDayKind {
  COUNTED = 'COUNTED',
  MAKE_UP_WORKING_DAY = 'MAKE_UP_WORKING_DAY',
  WEEKEND = 'WEEKEND',
  HOLIDAY = 'HOLIDAY',
  PAUSED = 'PAUSED',
}

export function described<T extends string>(labels: Readonly<Record<T, string>>) {
  return Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
  ) as Partial<Record<T, { description: string }>>;
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: '申请的办理状态',
  valuesMap: described(APPLICATION_STATUS_LABELS),
});
registerEnumType(Channel, {
  name: 'Channel',
  description: '申请渠道（条例第三十一条）',
  valuesMap: described(CHANNEL_LABELS),
});
registerEnumType(LetterKind, {
  name: 'LetterKind',
  description: '信函种类：需要签收的邮件 / 平常信函',
  valuesMap: described(LETTER_KIND_LABELS),
});
registerEnumType(ApplicantKind, {
  name: 'ApplicantKind',
  description: '申请人类型（年度报告表三的六列）',
  valuesMap: described(APPLICANT_KIND_LABELS),
});
registerEnumType(IdentityDocumentType, {
  name: 'IdentityDocumentType',
  description: '身份证明的种类',
  valuesMap: described(IDENTITY_DOCUMENT_TYPE_LABELS),
});
registerEnumType(RequestedForm, {
  name: 'RequestedForm',
  description: '所需信息的形式',
  valuesMap: described(REQUESTED_FORM_LABELS),
});
registerEnumType(ObtainingMethod, {
  name: 'ObtainingMethod',
  description: '获取信息的方式',
  valuesMap: described(OBTAINING_METHOD_LABELS),
});
registerEnumType(ApplicationEventType, {
  name: 'ApplicationEventType',
  description: '申请办理过程中的事件',
  valuesMap: described(APPLICATION_EVENT_LABELS),
});
registerEnumType(EventActorKind, {
  name: 'EventActorKind',
  description: '事件的发起方',
  valuesMap: {
    USER: { description: '工作人员（见 actorUserId）' },
    APPLICANT: { description: '申请人' },
    SYSTEM: { description: '系统' },
  },
});
registerEnumType(LegalReceiptStatus, {
  name: 'LegalReceiptStatus',
  description: '收到申请之日是否已确定',
  valuesMap: {
    RECEIVED: { description: '已确定收到申请之日' },
    AWAITING_CONFIRMATION: { description: '待确认（平常信函、网络、传真渠道）' },
  },
});
registerEnumType(ExplanationDayKind, {
  name: 'ExplanationDayKind',
  description: '期限说明中一天的种类',
  valuesMap: {
    COUNTED: { description: '计入的工作日' },
    MAKE_UP_WORKING_DAY: { description: '计入的调休上班日' },
    WEEKEND: { description: '周末（不计入）' },
    HOLIDAY: { description: '法定节假日（不计入）' },
    PAUSED: { description: '中止计算的工作日（征求意见等）' },
  },
});
