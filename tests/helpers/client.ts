import fs from 'node:fs';

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

export function actionManifest(): Manifest['node'] {
  return (JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest).node;
}

/** A page path on which the action is served, from a worker key like "app/people/page". */
function pagePath(worker: string): string {
  const route = worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]*\)/g, '');
  return route.replace(/\[[^\]]+\]/g, '1') || '/';
}

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
  async callAction(file: string, name: string, args: unknown[]): Promise<{ status: number; body: string }> {
    return this.postAction(file, name, JSON.stringify(args), 'text/plain;charset=UTF-8');
  }

  /**
   * Calls a form action with a real FormData (files included), encoded as React encodes a reply:
   * the form's fields as parts "_1_<name>", then the arguments as part "0", where "$K1" stands for the
   * form; "0" last, as React sends it. This is React 19's reply format: if an upgrade changes it, the
   * action sees no fields and answers "invalid".
   */
  submitFormData(file: string, name: string, form: FormData): Promise<{ status: number; body: string }> {
    const body = new FormData();
    for (const [key, value] of form) body.append(`_1_${key}`, value);
    body.set('0', JSON.stringify([null, '$K1']));
    return this.postAction(file, name, body);
  }

  private async postAction(
    file: string,
    name: string,
    body: string | FormData,
    contentType?: string,
  ): Promise<{ status: number; body: string }> {
    const entry = Object.entries(actionManifest()).find(([, v]) => v.filename === file && v.exportedName === name);
    if (!entry) throw new Error(`no server action ${file}#${name} in the build`);
    const [id, { workers }] = entry;
    const res = await this.fetch(pagePath(Object.keys(workers)[0]), {
      method: 'POST',
      headers: {
        'next-action': id,
        accept: 'text/x-component',
        ...(contentType ? { 'content-type': contentType } : {}),
        origin: this.base,
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  /**
   * Calls a form action with fields. They travel as a plain object, not multipart: the action
   * wrapper accepts both, and this is what a hand-made request would send.
   */
  submitForm(file: string, name: string, fields: Record<string, string>): Promise<{ status: number; body: string }> {
    return this.callAction(file, name, [null, fields]);
  }
}

/**
 * The action's return value, parsed from the RSC payload (its line "1:{...}"); null when the action
 * redirected instead of returning.
 */
export function actionResult(body: string): Record<string, unknown> | null {
  const line = body.split('\n').find((l) => l.startsWith('1:'));
  if (!line) return null;
  try {
    const value: unknown = JSON.parse(line.slice(2));
    return value && typeof value === 'object' && 'ok' in value ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
