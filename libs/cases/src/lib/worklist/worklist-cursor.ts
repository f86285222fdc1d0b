import { DomainError } from '@gongkai/rules';
import { type ApplicationOrder } from './application-order.js';
import { WorklistErrorCode } from './worklist-error-code.js';

/** Where a page ends: the order it belongs to, the row's sort key and its id. */
export interface WorklistCursor {
  readonly order: ApplicationOrder;
  /** A `YYYY-MM-DD` date, or `infinity` / `-infinity` for a row without one. */
  readonly key: string;
  readonly id: string;
}

const KEY = /^(?:\d{4}-\d{2}-\d{2}|-?infinity)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients: base64url of a small JSON document. */
export function encodeCursor(cursor: WorklistCursor): string {
  const json = JSON.stringify({ o: cursor.order, k: cursor.key, i: cursor.id });
  return Buffer.from(json, 'utf8').toString('base64url');
}

/** The cursor, or `WORKLIST.INVALID_CURSOR` when it is malformed or from another order. */
export function decodeCursor(value: string, order: ApplicationOrder): WorklistCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const { o, k, i } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof k !== 'string' || !KEY.test(k) || typeof i !== 'string' || !UUID.test(i)) {
    throw invalidCursor();
  }
  if (o !== order) {
    throw new DomainError(
      WorklistErrorCode.INVALID_CURSOR,
      '翻页游标与排序方式不符，请从第一页重新查询 (the cursor belongs to another order)',
    );
  }
  return { order, key: k, id: i };
}

function invalidCursor(): DomainError {
  return new DomainError(
    WorklistErrorCode.INVALID_CURSOR,
    '翻页游标无效，请从第一页重新查询 (invalid cursor)',
  );
}
