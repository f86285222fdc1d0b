import { type DomainError } from '@gongkai/rules';
import { ApplicationOrder } from './application-order.js';
import { decodeCursor, encodeCursor } from './worklist-cursor.js';

const ID = '0b4f3c0e-9d7a-4f3e-8a51-2a1c7e9b5d10';

describe('worklist cursors', () => {
  it('round-trip a dated and an undated row', () => {
    for (const key of ['2024-10-30', 'infinity', '-infinity']) {
      const cursor = { order: ApplicationOrder.REPLY_DUE_ON_ASC, key, id: ID };
      expect(decodeCursor(encodeCursor(cursor), ApplicationOrder.REPLY_DUE_ON_ASC)).toEqual(cursor);
    }
  });

  it('refuse garbage, a forged key and a cursor of another order with WORKLIST.INVALID_CURSOR', () => {
    const forged = Buffer.from(
      JSON.stringify({ o: 'REPLY_DUE_ON_ASC', k: "2024-01-01'; drop table x", i: ID }),
    ).toString('base64url');
    const other = encodeCursor({
      order: ApplicationOrder.RECEIVED_ON_DESC,
      key: '2024-01-01',
      id: ID,
    });
    for (const value of ['not a cursor', '', forged, other]) {
      expect(() => decodeCursor(value, ApplicationOrder.REPLY_DUE_ON_ASC)).toThrow(
        expect.objectContaining({ code: 'WORKLIST.INVALID_CURSOR' }) as DomainError,
      );
    }
  });
});
