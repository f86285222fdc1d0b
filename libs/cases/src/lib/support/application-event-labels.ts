import { ApplicationEventType } from '@gongkai/data';

/** What the applicant reads on the tracking page, per event. */
export const APPLICATION_EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = {
  [ApplicationEventType.SUBMITTED]: '网上提交申请',
  [ApplicationEventType.REGISTERED]: '登记申请',
  [ApplicationEventType.RECEIPT_CONFIRMED]: '确认收到申请',
};

/** Events the applicant sees on the tracking page; internal steps stay internal. */
export const APPLICANT_VISIBLE_EVENTS: readonly ApplicationEventType[] = [
  ApplicationEventType.SUBMITTED,
  ApplicationEventType.REGISTERED,
  ApplicationEventType.RECEIPT_CONFIRMED,
];
