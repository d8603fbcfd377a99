import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * AUTH_SECRET from the environment, or one generated on first start and kept beside the database,
 * so `npm start` needs no setup and sessions survive restarts.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dbFile = path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? './data/routine-guide.db');
  const file = path.join(path.dirname(dbFile), 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim(); // another worker wrote it first
    }
  }
}
