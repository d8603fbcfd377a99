/** Set by proxy.ts on every request (replacing any the client sent): the path and query asked for. */
export const REQUEST_PATH_HEADER = 'x-request-path';

/** Longer than any path of this app; a longer `next` is someone else's idea. */
export const NEXT_PATH_MAX_LENGTH = 2000;

const ORIGIN = 'http://routine-guide.invalid';

/**
 * Where to go after signing in (`?next=`): a path on this site, or null. Refused: anything not
 * starting with one `/` (`//evil.example` and `/\evil.example` are other sites to a browser),
 * backslashes, control characters and spaces, schemes, and over-long values.
 */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > NEXT_PATH_MAX_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  if (/[\\\s\p{Cc}]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/..//evil.example` normalises to `//evil.example`.
  return url.origin === ORIGIN && !path.startsWith('//') ? path : null;
}

/** `path` with `?next=` (or `&next=`) added when there is somewhere to return to. */
export function withNext(path: string, next: string | null): string {
  if (next === null || next === '/') return path;
  const [base, hash] = path.split('#', 2);
  const joined = `${base}${base.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}
