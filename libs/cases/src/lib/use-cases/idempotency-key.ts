import { DomainError } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';

/** A client-made key such as a UUID: long enough that two filings never share one by chance. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{16,100}$/;

export function checkedIdempotencyKey(value: string): string {
  const key = value.trim();
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new DomainError(
      ApplicationErrorCode.INVALID_IDEMPOTENCY_KEY,
      '幂等键须为 16–100 位字母、数字或 ._:- (use e.g. a UUID as the idempotency key)',
    );
  }
  return key;
}
