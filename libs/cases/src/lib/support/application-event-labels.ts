import { ApplicationEventType } from '@gongkai/data';

/** What the applicant reads on the tracking page, per event. */
export const APPLICATION_EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = {
  [ApplicationEventType.SUBMITTED]: '网上提交申请',
  [ApplicationEventType.REGISTERED]: '登记申请',
  [ApplicationEventType.RECEIPT_CONFIRMED]: '确认收到申请',
  [ApplicationEventType.ASSIGNED]: '分配承办人',
  [ApplicationEventType.SUPPLEMENT_REQUESTED]: '告知补正申请',
  [ApplicationEventType.SUPPLEMENT_RECORDED]: '收到补正材料',
  [ApplicationEventType.CONSULTATION_STARTED]: '征求第三方或其他机关意见',
  [ApplicationEventType.CONSULTATION_REPLY_RECORDED]: '收到征求意见答复',
  [ApplicationEventType.EXTENSION_REQUESTED]: '申请延长答复期限',
  [ApplicationEventType.EXTENSION_DECIDED]: '延长答复期限审批',
  [ApplicationEventType.FEE_NOTICE_ISSUED]: '发出收费通知',
  [ApplicationEventType.FEE_PAYMENT_RECORDED]: '收到信息处理费',
  [ApplicationEventType.REPLY_ISSUED]: '作出答复',
  [ApplicationEventType.SERVICE_RECORDED]: '送达答复',
  [ApplicationEventType.WITHDRAWN]: '申请人撤回申请',
  [ApplicationEventType.DEEMED_WITHDRAWN]: '视为放弃申请',
  [ApplicationEventType.REVIEW_RECORDED]: '记录行政复议或诉讼',
  [ApplicationEventType.NOTICE_NOT_SENT_NO_EMAIL]: '申请人未留电子邮箱，未发送邮件通知',
  [ApplicationEventType.DUE_DATES_RECOMPUTED]: '按新的工作日历重新计算期限',
};

/** Events the applicant sees on the tracking page; internal steps stay internal. */
export const APPLICANT_VISIBLE_EVENTS: readonly ApplicationEventType[] = [
  ApplicationEventType.SUBMITTED,
  ApplicationEventType.REGISTERED,
  ApplicationEventType.RECEIPT_CONFIRMED,
  ApplicationEventType.SUPPLEMENT_REQUESTED,
  ApplicationEventType.SUPPLEMENT_RECORDED,
  ApplicationEventType.FEE_NOTICE_ISSUED,
  ApplicationEventType.FEE_PAYMENT_RECORDED,
  ApplicationEventType.REPLY_ISSUED,
  ApplicationEventType.SERVICE_RECORDED,
  ApplicationEventType.WITHDRAWN,
  ApplicationEventType.DEEMED_WITHDRAWN,
];
