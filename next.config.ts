import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './lib/request-limits';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'happy-dom'],
  poweredByHeader: false,
  // Tests and benchmarks are type-checked by `npm run typecheck`, not by every build.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // For every response, static files included; the CSP with its per-request nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
  // Browsers ask for /favicon.ico whatever the page links; answer with the app's icon, not a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  experimental: {
    authInterrupts: true,
    // Guides can be large; the document limit itself (5 MB) is enforced where documents are saved.
    // A larger body is answered 413 by proxy.ts before Next reads it.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
};

export default withNextIntl(nextConfig);
