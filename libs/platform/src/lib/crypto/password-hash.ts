import { hash, needsRehash, verify } from 'argon2';

/**
 * argon2id with one of OWASP's recommended settings (Password Storage Cheat Sheet): 46 MiB of
 * memory, one pass, one lane. The library's default (64 MiB, 3 passes, 4 lanes) held 64 MB
 * outside V8's heap for every password checked, so four sign-ins at once (libuv's four threads)
 * took 256 MB: the api's resident-memory peak (performance.md §3). Not OWASP's 19 MiB, 2 passes:
 * a block that small stays in the checking thread's malloc arena after it is freed (glibc maps
 * only blocks over its 32 MiB threshold on their own), so every libuv thread kept 19 MB and the
 * api's resident size grew by 56 MB over a run; 46 MiB is mapped and unmapped each time.
 * A hash made with other parameters still verifies (the PHC string names them) and is replaced at
 * the next sign-in.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: 2, // argon2id
  memoryCost: 46 * 1024,
  timeCost: 1,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** Whether `password` is the one `passwordHash` was made from; false for a malformed hash. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash made with other parameters than `PASSWORD_HASH_OPTIONS`: rehash it at sign-in. */
export function passwordNeedsRehash(passwordHash: string): boolean {
  return needsRehash(passwordHash, PASSWORD_HASH_OPTIONS);
}
