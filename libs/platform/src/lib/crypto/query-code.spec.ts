import { DataProtection } from './data-protection.js';
import { deriveQueryCode, hashQueryCode, normalizeQueryCode } from './query-code.js';

const protection = new DataProtection(Buffer.alloc(32, 7));
const ID = '0b8f2c1e-4f3a-4c59-9a1e-2f6d8c7b5a40';

describe('query codes', () => {
  it('are 16 Crockford base32 characters in four groups, the same for the same application', () => {
    const code = deriveQueryCode(protection, ID);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(deriveQueryCode(protection, ID)).toBe(code);
  });

  it('differ between applications and between keys', () => {
    const codes = new Set(
      Array.from({ length: 200 }, (_, i) => deriveQueryCode(protection, `${ID.slice(0, -3)}${i}`)),
    );
    expect(codes.size).toBe(200);
    expect(deriveQueryCode(new DataProtection(Buffer.alloc(32, 8)), ID)).not.toBe(
      deriveQueryCode(protection, ID),
    );
  });

  it('accept what people type: lower case, spaces, no hyphens, I/L for 1 and O for 0', () => {
    const canonical = deriveQueryCode(protection, ID).replaceAll('-', '');
    expect(normalizeQueryCode(deriveQueryCode(protection, ID))).toBe(canonical);
    expect(normalizeQueryCode(` ${canonical.toLowerCase().replace(/(.{4})/g, '$1 ')} `)).toBe(
      canonical,
    );
    expect(normalizeQueryCode('oIlO-0000-0000-0000')).toBe('0110000000000000');
    for (const bad of ['', 'ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN-PQRSX', 'ABCD-EFGH-JKMN-PQRU']) {
      expect(normalizeQueryCode(bad)).toBeNull();
    }
  });

  it('are stored as a SHA-256 that never contains the code', () => {
    const canonical = normalizeQueryCode(deriveQueryCode(protection, ID)) ?? '';
    const hash = hashQueryCode(canonical);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashQueryCode(canonical));
    expect(hash).not.toContain(canonical.toLowerCase());
    expect(hashQueryCode('0000000000000000')).not.toBe(hash);
  });
});
