/**
 * Everything the tests and benchmarks know about Next.js beyond its public API, in one place, so
 * that a Next upgrade that breaks them breaks only this file. What each part relies on:
 *
 * - `actionManifest`: the build writes `.next/server/server-reference-manifest.json` with, under
 *   `node`, one entry per server action id: `filename`, `exportedName` and `workers` (keys such as
 *   "app/people/page", the pages that serve it). A renamed file or field, or worker keys in another
 *   form, break it (the authorization matrix then fails with "no server action … in the build").
 * - `actionRequest`: the browser's action call: a POST to a page that serves the action, with the
 *   `Next-Action: <id>` header, `Accept: text/x-component`, and the arguments as a JSON array (React's
 *   reply encoding of plain values). A change to that protocol makes every call answer the page.
 * - `actionResult`: React's Flight payload is rows `<id>:<json>`; an action's return value is row 1.
 *   A renumbering, or a return value that is no longer inlined as plain JSON, makes it return null.
 * - `rscPayloadBytes`: the App Router inlines the payload in the HTML as `self.__next_f.push(...)`
 *   scripts; under another name the benchmark counts 0 bytes.
 * - `serverActionsInSource`, `routeHandlersInSource`: Next's file conventions, read from the source:
 *   a module whose first statement is 'use server' exports actions; `app/**\/route.ts` exports HTTP
 *   methods by name.
 */
import fs from 'node:fs';
import path from 'node:path';

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

export function actionManifest(): Record<string, ManifestEntry> {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  return manifest.node;
}

/** A page path on which the action is served, from a worker key like "app/people/page". */
function pagePath(worker: string): string {
  const route = worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]*\)/g, '');
  return route.replace(/\[[^\]]+\]/g, '1') || '/';
}

/** The path and request that call server action `file#name` with `args`, as the browser does. */
export function actionRequest(
  file: string,
  name: string,
  args: unknown[],
  origin: string,
): { path: string; init: RequestInit } {
  return postToAction(file, name, JSON.stringify(args), origin, 'text/plain;charset=UTF-8');
}

/**
 * A form action called with a real FormData (files included), encoded as React encodes a reply: the
 * form's fields as parts "_1_<name>", then the arguments as part "0", where "$K1" stands for the form;
 * "0" last, as React sends it. If an upgrade changes this format, the action sees no fields and
 * answers "invalid".
 */
export function formActionRequest(
  file: string,
  name: string,
  form: FormData,
  origin: string,
): { path: string; init: RequestInit } {
  const body = new FormData();
  for (const [key, value] of form) body.append(`_1_${key}`, value);
  body.set('0', JSON.stringify([null, '$K1']));
  return postToAction(file, name, body, origin);
}

function postToAction(
  file: string,
  name: string,
  body: string | FormData,
  origin: string,
  contentType?: string,
): { path: string; init: RequestInit } {
  const entry = Object.entries(actionManifest()).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`no server action ${file}#${name} in the build`);
  const [id, { workers }] = entry;
  return {
    path: pagePath(Object.keys(workers)[0]),
    init: {
      method: 'POST',
      headers: {
        'next-action': id,
        accept: 'text/x-component',
        ...(contentType ? { 'content-type': contentType } : {}),
        origin,
      },
      body,
    },
  };
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

/** Bytes of a page's HTML spent on the inlined React Server Components payload. */
export function rscPayloadBytes(html: string): number {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].includes('self.__next_f'))
    .reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
}

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const SOURCE_DIRS = ['app', 'components', 'lib', 'db'];
const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** Every exported server action in the source: files whose first statement is 'use server'. */
export function serverActionsInSource(): string[] {
  const found: string[] = [];
  for (const file of SOURCE_DIRS.flatMap((d) => walk(d))) {
    const text = fs.readFileSync(file, 'utf8');
    const firstStatement = text.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
    if (!/^['"]use server['"]/.test(firstStatement)) continue;
    for (const m of text.matchAll(/^export\s+(?:async\s+function|const|let|function)\s+(\w+)/gm))
      found.push(`${file}#${m[1]}`);
  }
  return found.sort();
}

/** Every route handler in the source: `app/**\/route.ts` and the HTTP methods it exports. */
export function routeHandlersInSource(): string[] {
  const found: string[] = [];
  for (const file of walk('app').filter((f) => /\/route\.tsx?$/.test(f))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g))
      found.push(`${file}#${m[1]}`);
    for (const m of text.matchAll(/export\s+const\s+\{([^}]+)\}/g))
      for (const binding of m[1].split(',')) {
        const name = binding
          .trim()
          .split(/\s*:\s*/)
          .pop()!;
        if (METHOD.test(name)) found.push(`${file}#${name}`);
      }
  }
  return found.sort();
}
