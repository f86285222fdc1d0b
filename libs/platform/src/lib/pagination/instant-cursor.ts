import { DomainError, isUuid } from '@gongkai/rules';
import { ErrorCode } from '../errors/format-graphql-error.js';

/**
 * The opaque keyset cursor of a list ordered by an instant and then an id (newest first, or
 * oldest): the last row's pair, so rows added meanwhile never shift a page.
 */
export function encodeInstantCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

/** The pair in a cursor, or `REQUEST.INVALID` (field `after`) for anything else. */
export function decodeInstantCursor(cursor: string): { at: Date; id: string } {
  const [instant, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(instant ?? '');
  if (!id || rest.length > 0 || !isUuid(id) || Number.isNaN(at.getTime())) {
    throw new DomainError(ErrorCode.BAD_REQUEST, 'after is not a cursor of this list', {
      field: 'after',
    });
  }
  return { at, id };
}
