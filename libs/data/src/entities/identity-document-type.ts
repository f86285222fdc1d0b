/** The kind of identity document (身份证明, Art. 29) a natural-person applicant gives. */
export enum IdentityDocumentType {
  RESIDENT_ID = 'RESIDENT_ID',
  PASSPORT = 'PASSPORT',
  MAINLAND_TRAVEL_PERMIT = 'MAINLAND_TRAVEL_PERMIT',
  FOREIGN_PERMANENT_RESIDENT_ID = 'FOREIGN_PERMANENT_RESIDENT_ID',
  OTHER = 'OTHER',
}

export const IDENTITY_DOCUMENT_TYPE_LABELS: Readonly<Record<IdentityDocumentType, string>> = {
  [IdentityDocumentType.RESIDENT_ID]: '居民身份证（含港澳台居民居住证）',
  [IdentityDocumentType.PASSPORT]: '护照',
  [IdentityDocumentType.MAINLAND_TRAVEL_PERMIT]: '港澳居民来往内地通行证 / 台湾居民来往大陆通行证',
  [IdentityDocumentType.FOREIGN_PERMANENT_RESIDENT_ID]: '外国人永久居留身份证',
  [IdentityDocumentType.OTHER]: '其他身份证明',
};
