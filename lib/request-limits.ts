/** The largest body a server action accepts (next.config.ts); larger ones are answered 413 by proxy.ts. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
export const SERVER_ACTION_BODY_LIMIT_LABEL = '6 MB';

/**
 * Whether every %-escape in a path decodes to valid UTF-8. Next.js answers 500 when it cannot decode
 * a dynamic segment (`/guides/%ED%A0%80`, a lone surrogate); such an address names nothing.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
