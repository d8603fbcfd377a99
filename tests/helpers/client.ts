import { actionRequest, formActionRequest } from './next-internals';

/** An HTTP client with a cookie jar that signs in through next-auth's real endpoints. */
export class Client {
  private jar = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const i = pair.indexOf('=');
      const value = pair.slice(i + 1);
      if (value === '' || /max-age=0/i.test(cookie)) this.jar.delete(pair.slice(0, i));
      else this.jar.set(pair.slice(0, i), value);
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', this.cookieHeader());
    // As a browser does for every request that is not a GET or HEAD.
    if (init.method && !['GET', 'HEAD'].includes(init.method.toUpperCase()) && !headers.has('origin'))
      headers.set('origin', this.base);
    const res = await fetch(this.base + path, { redirect: 'manual', ...init, headers });
    this.keep(res);
    return res;
  }

  /** Signs in with e-mail and password; resolves true when a session cookie was issued. */
  async signIn(email: string, password: string): Promise<boolean> {
    const { csrfToken } = (await (await this.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const res = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken }),
    });
    await res.arrayBuffer();
    return [...this.jar.keys()].some((k) => k.endsWith('authjs.session-token'));
  }

  /**
   * Calls a server action the way the browser does (Next-Action header, arguments encoded as JSON),
   * and returns the raw React Server Components payload, which holds the action's return value.
   */
  async callAction(
    file: string,
    name: string,
    args: unknown[],
  ): Promise<{ status: number; body: string; headers: Headers }> {
    const { path, init } = actionRequest(file, name, args, this.base);
    const res = await this.fetch(path, init);
    return { status: res.status, body: await res.text(), headers: res.headers };
  }

  /** Calls a form action with a real FormData (files included), as a browser's form would. */
  async submitFormData(file: string, name: string, form: FormData): Promise<{ status: number; body: string }> {
    const { path, init } = formActionRequest(file, name, form, this.base);
    const res = await this.fetch(path, init);
    return { status: res.status, body: await res.text() };
  }

  /**
   * Calls a form action with fields. They travel as a plain object, not multipart: the action
   * wrapper accepts both, and this is what a hand-made request would send.
   */
  submitForm(
    file: string,
    name: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; body: string; headers: Headers }> {
    return this.callAction(file, name, [null, fields]);
  }
}

/**
 * Signs each person in with their own client, into `clients` under the part of their e-mail
 * before the @ ("anne@example.com" → clients.anne). Fails the test if a sign-in fails.
 */
export async function signInEach<K extends string>(
  baseUrl: string,
  people: { email: string; password: string }[],
  clients: Record<K, Client>,
): Promise<void> {
  for (const person of people) {
    const client = new Client(baseUrl);
    if (!(await client.signIn(person.email, person.password))) throw new Error(`${person.email} could not sign in`);
    clients[person.email.split('@')[0] as K] = client;
  }
}
