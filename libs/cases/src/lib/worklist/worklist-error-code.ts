/** Stable codes of the worklist queries (they reach API clients as `extensions.code`). */
export const WorklistErrorCode = {
  INVALID_CURSOR: 'WORKLIST.INVALID_CURSOR',
  INVALID_PAGE_SIZE: 'WORKLIST.INVALID_PAGE_SIZE',
  INVALID_FILTER: 'WORKLIST.INVALID_FILTER',
  SEARCH_TOO_SHORT: 'WORKLIST.SEARCH_TOO_SHORT',
  SEARCH_TOO_LONG: 'WORKLIST.SEARCH_TOO_LONG',
} as const;
