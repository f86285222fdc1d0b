/** How the reply was served (送达) on the applicant. */
export enum ServiceMethod {
  IN_PERSON = 'IN_PERSON',
  POST = 'POST',
  EMAIL = 'EMAIL',
  ONLINE = 'ONLINE',
}

export const SERVICE_METHOD_LABELS: Readonly<Record<ServiceMethod, string>> = {
  [ServiceMethod.IN_PERSON]: '当面送达',
  [ServiceMethod.POST]: '邮寄送达',
  [ServiceMethod.EMAIL]: '电子邮件送达',
  [ServiceMethod.ONLINE]: '在线送达',
};
