import 'server-only';
import { createHmac } from 'node:crypto';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cache } from 'react';
import { authSecret } from './secret';
import { clientAddress } from './client-address';
import { loadActor } from '@/db/users';
import { reserveSignIn, settleSignIn } from '@/db/signin';
import { SESSION_MAX_AGE_MS, openSession, revokeSession } from '@/db/sessions';
import { signInSchema } from '@/lib/validation/people';
import { oneTimePasswordExpired, timingDummyHash, verifyPassword } from '@/lib/passwords';
import type { Actor } from '@/lib/actor';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    sessionVersion: number;
    sessionId: string;
  }
  interface User {
    sessionVersion?: number;
  }
}

/** Refused before the password was looked at; `retryAfter` is in whole minutes. */
export class TooManyAttempts extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

export class OneTimePasswordExpired extends CredentialsSignin {
  code = 'one_time_password_expired';
}

/**
 * Which of 65,536 buckets an e-mail with no account falls in: enough to throttle unknown e-mails as
 * known ones are (so the answers do not tell which exist), too little to recover what was typed.
 */
function unknownBucket(email: string): number {
  return createHmac('sha256', authSecret()).update(email).digest().readUInt16BE(0);
}

/** One line per failed sign-in, never what was typed; next-auth's own multi-line trace is muted. */
function logFailure(reason: string, ip: string, userId: number | null): void {
  console.warn(`[sign-in] ${reason} account=${userId ?? 'unknown'} address=${ip}`);
}

async function authorize(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientAddress(request.headers);
  const reservation = reserveSignIn({ email, ip, unknownBucket: unknownBucket(email) });
  if (reservation.kind === 'refuse') {
    logFailure('refused: too many failures', ip, reservation.userId);
    throw new TooManyAttempts(Math.max(1, Math.ceil((reservation.until - Date.now()) / 60_000)));
  }
  // Under a distributed attack the account's verifications are spaced out: wait for our turn.
  const wait = reservation.at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const { user } = reservation;
  // Unknown e-mails are verified against a dummy hash so that both cases take the same time.
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (user && ok && user.active && oneTimePasswordExpired(user)) {
    settleSignIn(reservation.attemptId, 'oneTimePasswordExpired', user.id, ip);
    logFailure('one-time password expired', ip, user.id);
    throw new OneTimePasswordExpired();
  }
  const success = Boolean(user && user.active && ok);
  settleSignIn(reservation.attemptId, success ? 'success' : 'failure', user?.id ?? null, ip);
  if (!success || !user) {
    logFailure('wrong e-mail or password', ip, user?.id ?? null);
    return null;
  }
  return { id: String(user.id), sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_MS / 1000 },
  pages: { signIn: '/login' },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(`[auth] ${error.name}: ${error.message}`, error.cause ?? '');
    },
  },
  callbacks: {
    jwt({ token, user, trigger }) {
      // A new device signing in gets its own session row, which sign-out and password changes end.
      if (trigger === 'signIn' && user) {
        token.sv = user.sessionVersion ?? 0;
        token.sid = openSession(Number(user.id));
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      session.sessionId = typeof token.sid === 'string' ? token.sid : '';
      return session;
    },
  },
  events: {
    signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') revokeSession(sid);
    },
  },
}));

/** The signed-in user and their session, re-read from the database once per request; null when signed out or void. */
export const currentSession = cache(async (): Promise<{ actor: Actor; sessionId: string } | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0 || !session.sessionId) return null;
  const actor = loadActor(id, session.sessionVersion, session.sessionId);
  return actor ? { actor, sessionId: session.sessionId } : null;
});

export async function currentActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}
