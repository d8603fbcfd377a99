import 'server-only';

/**
 * For route handlers that change data: the request must come from a page of this site (its
 * Origin names the host it was sent to, as Next checks for server actions) and carry JSON, which a
 * cross-site form cannot send. SameSite cookies already stop most cross-site requests; this is the
 * second line (OWASP CSRF cheat sheet: verify the origin; require a non-simple content type).
 */
export function crossSiteRefusal(request: Request): 'wrongOrigin' | 'jsonRequired' | null {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = origin && origin !== 'null' ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost.toLowerCase() !== host.toLowerCase()) return 'wrongOrigin';
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return 'jsonRequired';
  return null;
}
