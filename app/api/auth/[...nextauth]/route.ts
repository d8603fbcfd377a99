// next-auth's own endpoints (session, CSRF token, credentials callback, sign-out). Its credential
// check runs in lib/server/auth.ts, rate limit included.
import { handlers } from '@/lib/server/auth';

export const { GET, POST } = handlers;
