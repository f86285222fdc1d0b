/** Art. 33(2): one extension of at most 20 working days, approved by the disclosure office head. */
export enum ExtensionStatus {
  NONE = 'NONE',
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
