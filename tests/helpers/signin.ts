import { Client } from './client';

/**
 * One sign-in through next-auth's credentials endpoint, prepared up to the last step (the CSRF
 * token is fetched first) so that many can be fired at the same moment.
 */
export async function prepareSignIn(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ client: Client; fire: () => Promise<boolean> }> {
  const client = new Client(base);
  const { csrfToken } = (await (await client.fetch('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
  return {
    client,
    async fire() {
      const res = await client.fetch('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ email, password, csrfToken }),
      });
      await res.arrayBuffer();
      return client.cookieHeader().includes('authjs.session-token');
    },
  };
}

/** Fires all prepared sign-ins at once; resolves to whether each got a session. */
export async function burst(
  base: string,
  attempts: { email: string; password: string; headers?: Record<string, string> }[],
): Promise<boolean[]> {
  const prepared = await Promise.all(attempts.map((a) => prepareSignIn(base, a.email, a.password, a.headers)));
  return Promise.all(prepared.map((p) => p.fire()));
}

/** Runs `count` sign-ins with at most `parallel` in flight, reusing one CSRF token and cookie. */
export async function flood(
  base: string,
  count: number,
  parallel: number,
  attempt: (i: number) => { email: string; password: string; headers?: Record<string, string> },
): Promise<void> {
  const client = new Client(base);
  const { csrfToken } = (await (await client.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const cookie = client.cookieHeader();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const { email, password, headers } = attempt(next++);
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
        body: new URLSearchParams({ email, password, csrfToken }),
      });
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/**
 * A client behind the reverse proxy of a server started with TRUST_PROXY_HOPS=1: the test plays
 * the proxy and says which address the request came from, so each simulated client has its own.
 */
export class ClientAt extends Client {
  constructor(
    base: string,
    readonly address: string,
  ) {
    super(base);
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', this.address);
    return super.fetch(path, { ...init, headers });
  }
}
