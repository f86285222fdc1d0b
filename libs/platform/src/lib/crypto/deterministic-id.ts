import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, name-based) from a stable name such as `outbox:<id>:0`. A retried job
 * derives the same id for the same record, so `insert … on conflict (id) do nothing` makes the
 * insert exactly-once without a separate uniqueness column.
 */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
