import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeFromAcceptLanguage } from '@/lib/locale';
import { REQUEST_PATH_HEADER } from '@/lib/next-path';
import { SERVER_ACTION_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_LABEL, isDecodablePath } from '@/lib/request-limits';
import enErrors from '@/messages/en/errors.json';
import nbErrors from '@/messages/nb/errors.json';

/** A server action whose declared body is over the limit: 413 with a message, instead of Next's 500. */
function tooLarge(request: NextRequest): NextResponse {
  const cookie = request.cookies.get('locale')?.value;
  const locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers.get('accept-language'));
  const message = (locale === 'nb' ? nbErrors : enErrors).requestTooLarge.replace(
    '{limit}',
    SERVER_ACTION_BODY_LIMIT_LABEL,
  );
  return NextResponse.json({ error: 'tooLarge', message }, { status: 413, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The Content-Security-Policy, with a fresh nonce per request (other headers: next.config.ts), and the path asked
 * for. Only headers: who may see what is decided by the pages, actions and route handlers themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== 'production';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // tiptap and React set style attributes at run time; styles cannot run script.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob: https: http:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // The page asked for, so that a sign-in it requires can come back to it (lib/server/guard.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set('Content-Security-Policy', csp);
  const declared = Number(request.headers.get('content-length') ?? 0);
  const response =
    request.method === 'POST' && request.headers.has('next-action') && declared > SERVER_ACTION_BODY_LIMIT_BYTES
      ? tooLarge(request)
      : !isDecodablePath(request.nextUrl.pathname)
        ? // Render the ordinary "page not found" (404) rather than Next's 500 for an undecodable segment.
          NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers: requestHeaders } })
        : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
