import { constantTimeEquals, DataProtection, DataProtectionError } from './data-protection.js';

const key = Buffer.alloc(32, 7);
const protection = new DataProtection(key);
const CONTEXT = 'application.id_number:3f1c0e2a-0000-4000-8000-000000000001';

describe('DataProtection', () => {
  it('round-trips a value through AES-256-GCM, with a fresh IV each time', () => {
    const a = protection.encrypt('11010519491231002X', CONTEXT);
    const b = protection.encrypt('11010519491231002X', CONTEXT);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(protection.decrypt(a, CONTEXT)).toBe('11010519491231002X');
    expect(protection.decrypt(b, CONTEXT)).toBe('11010519491231002X');
    expect(protection.decrypt(protection.encrypt('护照 E12345678', CONTEXT), CONTEXT)).toBe(
      '护照 E12345678',
    );
  });

  it('detects tampering with any byte of the IV, ciphertext or tag', () => {
    const token = protection.encrypt('11010519491231002X', CONTEXT);
    const raw = Buffer.from(token.slice(3), 'base64url');
    for (let i = 0; i < raw.length; i += 1) {
      const altered = Buffer.from(raw);
      altered[i] = (altered[i] ?? 0) ^ 0x01;
      expect(() => protection.decrypt(`v1.${altered.toString('base64url')}`, CONTEXT)).toThrow(
        DataProtectionError,
      );
    }
  });

  it('refuses a ciphertext moved to another context, under another key, or malformed', () => {
    const token = protection.encrypt('11010519491231002X', CONTEXT);
    expect(() => protection.decrypt(token, 'application.id_number:other')).toThrow(
      DataProtectionError,
    );
    expect(() => new DataProtection(Buffer.alloc(32, 8)).decrypt(token, CONTEXT)).toThrow(
      DataProtectionError,
    );
    for (const bad of ['', 'v2.abc', 'v1.', 'v1.AAAA', `${token}.x`, token.replace('v1', 'v0')]) {
      expect(() => protection.decrypt(bad, CONTEXT)).toThrow(DataProtectionError);
    }
  });

  it('never puts the plaintext in the error message', () => {
    const token = protection.encrypt('11010519491231002X', CONTEXT);
    try {
      protection.decrypt(token, 'elsewhere');
      throw new Error('expected a failure');
    } catch (error) {
      expect(String(error)).not.toContain('11010519491231002X');
    }
  });

  it('gives a stable keyed hash: same input and key, same hash; other key or purpose, another', () => {
    const hash = protection.keyedHash('id-number', 'RESIDENT_ID:11010519491231002X');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      new DataProtection(Buffer.alloc(32, 7)).keyedHash(
        'id-number',
        'RESIDENT_ID:11010519491231002X',
      ),
    ).toBe(hash);
    // A fixed vector (HKDF-SHA256 sub-key, then HMAC-SHA256): changing the derivation would
    // orphan every stored hash, so it must be a deliberate, versioned change.
    expect(hash).toBe('5e0aa6624ee7c4d5779e6a2a56ff5eb497c29b2c69d0b394d898aef8db32de44');
    expect(
      new DataProtection(Buffer.alloc(32, 8)).keyedHash(
        'id-number',
        'RESIDENT_ID:11010519491231002X',
      ),
    ).not.toBe(hash);
    expect(protection.keyedHash('fingerprint', 'RESIDENT_ID:11010519491231002X')).not.toBe(hash);
    expect(protection.keyedHash('id-number', 'RESIDENT_ID:110105194912310021')).not.toBe(hash);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new DataProtection(Buffer.alloc(16))).toThrow('32 bytes');
  });
});

describe('constantTimeEquals', () => {
  it('compares strings of any length', () => {
    expect(constantTimeEquals('abc', 'abc')).toBe(true);
    expect(constantTimeEquals('abc', 'abd')).toBe(false);
    expect(constantTimeEquals('abc', 'abcd')).toBe(false);
    expect(constantTimeEquals('', '')).toBe(true);
  });
});
