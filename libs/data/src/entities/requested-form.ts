/** The form the applicant wants the information in (Art. 29(2)(三): 形式要求). */
export enum RequestedForm {
  PAPER = 'PAPER',
  EMAIL = 'EMAIL',
  DISC = 'DISC',
  OTHER = 'OTHER',
}

export const REQUESTED_FORM_LABELS: Readonly<Record<RequestedForm, string>> = {
  [RequestedForm.PAPER]: '纸质文本',
  [RequestedForm.EMAIL]: '电子邮件',
  [RequestedForm.DISC]: '光盘等存储介质',
  [RequestedForm.OTHER]: '其他',
};
