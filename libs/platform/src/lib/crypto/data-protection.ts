import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Personal data at rest (DESIGN.md §8): field encryption and keyed hashes, all from the one
 * DATA_ENCRYPTION_KEY. Each use gets its own sub-key through HKDF-SHA256, so a key used to
 * encrypt is never also used to hash, and one hash purpose cannot be matched against another.
 *
 * Ciphertext format `v1.<base64url(iv ‖ ciphertext ‖ tag)>`: AES-256-GCM with a random 96-bit IV
 * and a 128-bit tag. The caller's `context` (e.g. `application.id_number:<id>`) is the
 * additional authenticated data, so a ciphertext copied into another row or column does not
 * decrypt. The `v1` prefix leaves room for a later key or algorithm.
 *
 * Sub-keys are held as KeyObjects: given a Buffer, every cipher and HMAC would copy it into a
 * new key object first (about 3 % of the api's CPU per online filing, which hashes three times).
 */
export class DataProtection {
  private readonly encryptionKey: KeyObject;
  private readonly hashKeys = new Map<string, KeyObject>();

  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) {
      throw new Error('The data encryption key must be exactly 32 bytes.');
    }
    this.encryptionKey = this.subKey('field-encryption/aes-256-gcm');
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /** Throws `DataProtectionError` when the value was altered, or belongs to another context. */
  decrypt(token: string, context: string): string {
    const [version, encoded, extra] = token.split('.');
    if (version !== VERSION || encoded === undefined || extra !== undefined) {
      throw new DataProtectionError('unknown ciphertext format');
    }
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new DataProtectionError('ciphertext too short');
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new DataProtectionError('ciphertext failed authentication');
    }
  }

  /**
   * HMAC-SHA256 (hex) of `value` under the sub-key of `purpose`: equal inputs give equal hashes,
   * so repeats can be matched by an index, but without the key the hash reveals nothing (an
   * unkeyed hash of an 18-digit ID number is reversed by trying every birth date and region).
   */
  keyedHash(purpose: string, value: string): string {
    let key = this.hashKeys.get(purpose);
    if (!key) {
      key = this.subKey(`keyed-hash/${purpose}`);
      this.hashKeys.set(purpose, key);
    }
    return createHmac('sha256', key).update(value, 'utf8').digest('hex');
  }

  private subKey(purpose: string): KeyObject {
    return createSecretKey(
      Buffer.from(hkdfSync('sha256', this.masterKey, SALT, `gongkai/${purpose}/v1`, 32)),
    );
  }
}

export class DataProtectionError extends Error {
  constructor(reason: string) {
    super(`Protected data could not be read: ${reason}.`);
    this.name = 'DataProtectionError';
  }
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = Buffer.from('gongkai-data-protection', 'utf8');

/**
 * Equality of two strings in constant time: both are hashed first, so neither their contents
 * nor a difference in length shows in the timing.
 */
export function constantTimeEquals(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
