import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cache } from 'react';
import { authSecret } from './secret';
import { findUserForSignIn, loadActor, recordSignIn, signInLocked } from '@/db/users';
import { signInSchema } from '@/lib/validation/people';
import { timingDummyHash, verifyPassword } from '@/lib/passwords';
import type { Actor } from '@/lib/actor';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    sessionVersion: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

class TooManyAttempts extends CredentialsSignin {
  code = 'rate_limited';
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request?.headers.get('x-real-ip') || 'local';
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(request);
        const user = findUserForSignIn(email);
        if (signInLocked(email, ip)) {
          recordSignIn({ email, ip, success: false, userId: user?.id ?? null, locked: true });
          throw new TooManyAttempts();
        }
        // Verify against a dummy hash for unknown e-mails so both cases take the same time.
        const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
        const success = Boolean(user && user.active && ok);
        recordSignIn({ email, ip, success, userId: user?.id ?? null });
        if (!success || !user) return null;
        return { id: String(user.id), sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = user.sessionVersion ?? 0;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      return session;
    },
  },
}));

/** The signed-in user, re-read from the database once per request; null when signed out or void. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  return loadActor(id, session.sessionVersion);
});
