/** The periods of the regulation, in working days (政府信息公开条例 2019). */
export const StatutoryLimits = {
  /** Art. 30: the 补正 notice is due within 7 working days of the (original) receipt. */
  SUPPLEMENT_NOTICE: 7,
  /** Art. 33(2): reply within 20 working days. */
  REPLY: 20,
  /** Art. 33(2): an approved extension adds at most 20, so 40 in all. */
  EXTENDED_REPLY: 40,
  /** Arts. 32 and 34: the consulted party answers within 15 working days of receiving the request. */
  CONSULTATION_ANSWER: 15,
  /** 国办函〔2020〕109号 as restated by the Sichuan notice: pay within 20 working days. */
  FEE_PAYMENT: 20,
} as const;
