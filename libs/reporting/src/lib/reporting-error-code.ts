/** Stable codes of statistics publication and reports (they reach clients as `extensions.code`). */
export const ReportingErrorCode = {
  UNKNOWN_AGENCY: 'STATISTICS.UNKNOWN_AGENCY',
  INVALID_QUARTER: 'STATISTICS.INVALID_QUARTER',
  INVALID_YEAR: 'STATISTICS.INVALID_YEAR',
  /** A quarter or year can be published or finalised only after it has ended. */
  PERIOD_NOT_OVER: 'STATISTICS.PERIOD_NOT_OVER',
  /** A correction needs a published version 1. */
  NOT_PUBLISHED: 'STATISTICS.NOT_PUBLISHED',
  /** Two corrections of the same quarter at the same moment: one wins, the other is told. */
  PUBLICATION_CONFLICT: 'STATISTICS.PUBLICATION_CONFLICT',
  REASON_REQUIRED: 'STATISTICS.REASON_REQUIRED',
  REASON_TOO_LONG: 'STATISTICS.REASON_TOO_LONG',
  REPORT_ALREADY_FINAL: 'STATISTICS.REPORT_ALREADY_FINAL',
  /** A stored snapshot or final report no longer matches its checksum: it is not served. */
  CHECKSUM_MISMATCH: 'STATISTICS.CHECKSUM_MISMATCH',
} as const;
