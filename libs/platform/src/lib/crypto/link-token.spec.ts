import { DataProtection } from './data-protection.js';
import { linkToken, linkTokenId } from './link-token.js';
import { deriveQueryCode } from './query-code.js';

const protection = new DataProtection(Buffer.alloc(32, 7));
const ID = '0b8f2c1e-4f3a-4c59-9a1e-2f6d8c7b5a40';

describe('one-time link tokens', () => {
  it('name their request, and are checked back to it (surrounding blanks ignored)', () => {
    const token = linkToken(protection, 'password-reset', ID);
    expect(token).toMatch(/^0b8f2c1e-4f3a-4c59-9a1e-2f6d8c7b5a40\.[0-9a-f]{64}$/);
    expect(linkTokenId(protection, 'password-reset', token)).toBe(ID);
    expect(linkTokenId(protection, 'password-reset', ` ${token}\n`)).toBe(ID);
  });

  it('refuse a token made under another key, for another request, or altered', () => {
    const token = linkToken(protection, 'password-reset', ID);
    const mac = token.split('.')[1]!;
    const other = '0b8f2c1e-4f3a-4c59-9a1e-2f6d8c7b5a41';
    expect(
      linkTokenId(
        protection,
        'password-reset',
        linkToken(new DataProtection(Buffer.alloc(32, 8)), 'password-reset', ID),
      ),
    ).toBeNull();
    expect(linkTokenId(protection, 'password-reset', `${other}.${mac}`)).toBeNull();
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('0') ? '1' : '0'}`;
    expect(linkTokenId(protection, 'password-reset', `${ID}.${flipped}`)).toBeNull();
  });

  it('refuse malformed input without throwing', () => {
    for (const bad of [
      '',
      ID,
      `${ID}.`,
      `${ID}.zz`,
      `${ID}.${'a'.repeat(64)}.x`,
      `not-a-uuid.${'a'.repeat(64)}`,
    ]) {
      expect(linkTokenId(protection, 'password-reset', bad)).toBeNull();
    }
  });

  it('are refused for another purpose than the one they were made for', () => {
    const token = linkToken(protection, 'password-reset', ID);
    expect(linkTokenId(protection, 'applicant-signup', token)).toBeNull();
    expect(
      linkTokenId(protection, 'applicant-signup', linkToken(protection, 'applicant-signup', ID)),
    ).toBe(ID);
  });

  it('differ from the query code derived from the same id (separate purposes)', () => {
    const mac = linkToken(protection, 'password-reset', ID).split('.')[1]!;
    expect(mac).not.toContain(deriveQueryCode(protection, ID).replaceAll('-', '').toLowerCase());
    expect(mac).not.toBe(protection.keyedHash('query-code', ID));
  });
});
