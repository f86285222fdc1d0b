import { decodeInstantCursor, encodeInstantCursor } from './instant-cursor.js';

const ID = '0b8f2c1e-4f3a-4c59-9a1e-2f6d8c7b5a40';

describe('instant-and-id keyset cursors', () => {
  it('give back the instant and the id they were made from', () => {
    const at = new Date('2026-11-27T05:06:07.089Z');
    expect(decodeInstantCursor(encodeInstantCursor(at, ID))).toEqual({ at, id: ID });
  });

  it.each([
    ['not base64 of a pair', 'not-a-cursor'],
    ['a bad instant', Buffer.from(`yesterday|${ID}`).toString('base64url')],
    ['an id that is no UUID', Buffer.from('2026-11-27T00:00:00.000Z|1234').toString('base64url')],
    ['a third part', Buffer.from(`2026-11-27T00:00:00.000Z|${ID}|x`).toString('base64url')],
  ])('refuse %s with REQUEST.INVALID on `after`', (_case, cursor) => {
    expect(() => decodeInstantCursor(cursor)).toThrow(
      expect.objectContaining({ code: 'REQUEST.INVALID', details: { field: 'after' } }),
    );
  });
});
