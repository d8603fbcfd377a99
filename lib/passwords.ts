import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A one-time password shown once to the ambassador: 16 characters, no look-alikes. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A one-time password signs in for this long after it was issued; then an ambassador must issue another. */
export const ONE_TIME_PASSWORD_TTL_MS = 72 * 3600_000;

/** True for a one-time password (not yet replaced by one the person chose) older than 72 hours. */
export function oneTimePasswordExpired(
  user: { mustChangePassword: boolean; oneTimePasswordAt: Date | null },
  now = Date.now(),
): boolean {
  if (!user.mustChangePassword) return false;
  return !user.oneTimePasswordAt || now - user.oneTimePasswordAt.getTime() > ONE_TIME_PASSWORD_TTL_MS;
}

/**
 * A hash of a random secret that no password verifies against: it lets a sign-in for an unknown
 * e-mail spend the same time as a real one, so timing does not tell which addresses exist.
 */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('hex'));
  return dummyHash;
}
