/**
 * Every server action and route handler, found from the code, called over HTTP against the real
 * server by a visitor and by each role. A new action or route fails this test until it is listed
 * here with who may use it; a listed one fails if the server lets the wrong people through.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { seedOnePerRole } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionManifest, actionResult, routeHandlersInSource, serverActionsInSource } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, publish } from '../helpers/guides';
import type { Role } from '@/lib/roles';

type Who = Role | 'visitor';
const EVERYONE: Who[] = ['visitor', 'reader', 'reviewer', 'ambassador'];
const SIGNED_IN: Who[] = ['reader', 'reviewer', 'ambassador'];
const AMBASSADOR: Who[] = ['ambassador'];

/** Who may call each server action. Add every new action here. */
const ACTIONS: Record<string, Who[]> = {
  'app/setup/actions.ts#setupAction': EVERYONE, // refused by the data layer once a user exists
  'app/login/actions.ts#signInAction': EVERYONE,
  'app/login/actions.ts#signOutAction': EVERYONE,
  'app/account/actions.ts#changePasswordAction': SIGNED_IN,
  'app/account/actions.ts#setLanguageAction': EVERYONE,
  'app/people/actions.ts#addPersonAction': AMBASSADOR,
  'app/people/actions.ts#changeRoleAction': AMBASSADOR,
  'app/people/actions.ts#setActiveAction': AMBASSADOR,
  'app/people/actions.ts#resetPasswordAction': AMBASSADOR,
  'app/people/actions.ts#unlockSignInAction': AMBASSADOR,
  'app/guides/actions.ts#createFromTemplateAction': AMBASSADOR,
  'app/guides/actions.ts#importGuideAction': AMBASSADOR,
  'app/guides/actions.ts#previewImportAction': AMBASSADOR,
  'app/guides/actions.ts#publishAction': AMBASSADOR,
  'app/guides/[id]/history/actions.ts#saveVersionAction': AMBASSADOR,
  'app/guides/[id]/history/actions.ts#restoreAction': AMBASSADOR,
  'app/guides/[id]/actions.ts#confirmReadAction': SIGNED_IN,
  'app/reviews/actions.ts#setReviewPolicyAction': AMBASSADOR,
  'app/reviews/actions.ts#submitForReviewAction': AMBASSADOR,
  'app/reviews/actions.ts#withdrawAction': AMBASSADOR,
  'app/reviews/actions.ts#decideAction': ['reviewer', 'ambassador'],
  'app/reviews/actions.ts#commentAction': ['reviewer', 'ambassador'],
  'app/reviews/actions.ts#resolveCommentAction': ['reviewer', 'ambassador'],
  'app/reviews/actions.ts#publishApprovedAction': AMBASSADOR,
  'app/reviews/actions.ts#markNotificationsReadAction': SIGNED_IN,
};

/** Who may call each route handler, and a request that exercises it. Add every new route here. */
const ROUTES: Record<string, { who: Who[]; path: string; init?: RequestInit }> = {
  'app/api/auth/[...nextauth]/route.ts#GET': { who: EVERYONE, path: '/api/auth/session' },
  'app/api/auth/[...nextauth]/route.ts#POST': {
    who: EVERYONE,
    path: '/api/auth/signout',
    init: { method: 'POST', body: '' },
  },
  'app/api/guides/[id]/draft/route.ts#GET': { who: ['reviewer', 'ambassador'], path: '/api/guides/1/draft' },
  // An empty body: allowed callers get 400 (nothing saved), others 401/403.
  'app/api/guides/[id]/draft/route.ts#PUT': {
    who: AMBASSADOR,
    path: '/api/guides/1/draft',
    init: { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' },
  },
  'app/api/guides/[id]/export/route.ts#GET': { who: SIGNED_IN, path: '/api/guides/1/export' },
  'app/api/guides/[id]/adoption/route.ts#GET': { who: AMBASSADOR, path: '/api/guides/1/adoption' },
  'app/api/guides/[id]/html/route.ts#GET': { who: SIGNED_IN, path: '/api/guides/1/html?version=1' },
};

let server: TestServer;
const clients = {} as Record<Who, Client>;

beforeAll(async () => {
  server = await startServer();
  const people = await seedOnePerRole(server.dbPath);
  clients.visitor = new Client(server.url);
  for (const person of people) {
    clients[person.role] = new Client(server.url);
    expect(await clients[person.role].signIn(person.email, person.password)).toBe(true);
  }
  // One published guide, so the guide routes answer with real content.
  await createGuideFromTemplate(clients.ambassador, server.dbPath, 'en:blank');
  const draft = await getDraft(clients.ambassador, 1);
  await publish(clients.ambassador, 1, draft.version, 'First');
});
afterAll(() => server?.stop());

describe('the matrix lists everything the code exposes', () => {
  test('every server action in the source is in the matrix, and in the build', () => {
    const inSource = serverActionsInSource();
    expect(inSource.length).toBeGreaterThan(0);
    expect(
      inSource.filter((a) => !(a in ACTIONS)),
      'actions missing from the matrix',
    ).toEqual([]);
    const built = new Set(Object.values(actionManifest()).map((v) => `${v.filename}#${v.exportedName}`));
    expect(
      inSource.filter((a) => !built.has(a)),
      'actions not found in the build',
    ).toEqual([]);
    expect(
      [...built].filter((a) => !inSource.includes(a)),
      'built actions the scan missed',
    ).toEqual([]);
  });

  test('every route handler in the source is in the matrix', () => {
    const inSource = routeHandlersInSource();
    expect(
      inSource.filter((r) => !(r in ROUTES)),
      'routes missing from the matrix',
    ).toEqual([]);
  });
});

function denied(result: Record<string, unknown> | null): boolean {
  return result?.error === 'forbidden' || result?.error === 'unauthenticated';
}

describe.each(Object.entries(ACTIONS))('action %s', (key, allowed) => {
  const [file, name] = key.split('#');
  // Sign-out ends the session, so it runs last for each role (see the test below).
  test.skipIf(name === 'signOutAction').each(EVERYONE)('as %s', async (who) => {
    // Empty input: an allowed caller gets a validation message, a refused one "forbidden",
    // so nothing is ever written by this test.
    const { status, body } = await clients[who].callAction(file, name, [null, {}]);
    expect(status).toBeLessThan(500);
    const result = actionResult(body);
    if (allowed.includes(who)) expect(denied(result), `${who} should be allowed: ${body.slice(0, 300)}`).toBe(false);
    else expect(denied(result), `${who} should be denied: ${body.slice(0, 300)}`).toBe(true);
  });
});

describe.each(Object.entries(ROUTES))('route %s', (key, { who: allowed, path, init }) => {
  test.each(EVERYONE)('as %s', async (who) => {
    const res = await clients[who].fetch(path, init);
    // Allowed: an answer that is neither a refusal nor a crash; refused: 401/403 (404 hides a guide).
    if (allowed.includes(who)) {
      expect(res.status, `${who} should be allowed`).toBeLessThan(500);
      expect([401, 403], `${who} should be allowed`).not.toContain(res.status);
    } else expect([401, 403, 404]).toContain(res.status);
  });
});

test('sign-out works for everyone', async () => {
  for (const who of EVERYONE) {
    const { status } = await clients[who].callAction('app/login/actions.ts', 'signOutAction', []);
    expect(status).toBeLessThan(500);
  }
  const after = await clients.ambassador.fetch('/people');
  expect(after.status).toBe(307);
  expect(after.headers.get('location')).toContain('/login');
});
