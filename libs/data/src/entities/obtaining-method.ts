/** How the applicant wants to obtain the information (Art. 29(2)(三): 获取信息的方式、途径). */
export enum ObtainingMethod {
  POST = 'POST',
  EMAIL = 'EMAIL',
  COLLECT_IN_PERSON = 'COLLECT_IN_PERSON',
  ONLINE = 'ONLINE',
  INSPECT_ON_SITE = 'INSPECT_ON_SITE',
}

export const OBTAINING_METHOD_LABELS: Readonly<Record<ObtainingMethod, string>> = {
  [ObtainingMethod.POST]: '邮寄',
  [ObtainingMethod.EMAIL]: '电子邮件',
  [ObtainingMethod.COLLECT_IN_PERSON]: '当面领取',
  [ObtainingMethod.ONLINE]: '网上获取',
  [ObtainingMethod.INSPECT_ON_SITE]: '现场查阅',
};
