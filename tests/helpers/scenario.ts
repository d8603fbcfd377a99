import { expect } from 'vitest';
import { startServer, type TestServer } from './server';
import { PASSWORD, seedPeople, type Person } from './people';
import { Client } from './client';
import { actionResult } from './next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from './guides';
import type { Role } from '@/lib/roles';

export type Scenario = {
  server: TestServer;
  /** One person per role, each signed in once through HTTP already. */
  people: Record<Role, Person>;
  guideId: number;
  requestId: number;
};

/** Waits for a server action and checks that it succeeded (publish answers with the body alone). */
async function ok(result: Promise<string | { body: string }>) {
  const answer = await result;
  const body = typeof answer === 'string' ? answer : answer.body;
  expect(actionResult(body), body.slice(0, 500)).toMatchObject({ ok: true });
}

async function appendAndSave(api: Client, guideId: number, text: string): Promise<number> {
  const draft = await getDraft(api, guideId);
  const doc = { ...draft.doc, content: [...draft.doc.content, paragraph(text)] };
  expect((await saveDraft(api, guideId, draft.version, doc)).status).toBe(200);
  return (await getDraft(api, guideId)).version;
}

/**
 * A running server with something on every page: a guide with three published versions, a read
 * confirmation, a review request with a comment and an approval, notifications for the ambassador
 * and the reviewer, and audit entries of several kinds (sign-ins, a new person, a role change,
 * guide and review events). All made through the app's own actions, as people would.
 */
export async function startScenario(): Promise<Scenario> {
  const server = await startServer();
  const [ambassador, reviewer, reader, other] = await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
    { name: 'Ola Nordmann', email: 'ola@example.com', role: 'reader' },
  ]);
  const anne = new Client(server.url);
  const rolf = new Client(server.url);
  const liv = new Client(server.url);
  for (const [client, person] of [
    [anne, ambassador],
    [rolf, reviewer],
    [liv, reader],
  ] as const)
    expect(await client.signIn(person.email, PASSWORD)).toBe(true);

  const guideId = await createGuideFromTemplate(anne, server.dbPath, 'en:crm-routine-guide');
  await ok(publish(anne, guideId, (await getDraft(anne, guideId)).version, 'First version'));
  await ok(liv.submitForm('app/guides/[id]/actions.ts', 'confirmReadAction', { guideId: `${guideId}`, version: '1' }));
  for (const version of [2, 3]) {
    const base = await appendAndSave(anne, guideId, `Added in version ${version}.`);
    await ok(publish(anne, guideId, base, `Version ${version}`));
  }

  const base = await appendAndSave(anne, guideId, 'Proposed for review.');
  await ok(
    anne.submitForm('app/reviews/actions.ts', 'submitForReviewAction', {
      guideId: `${guideId}`,
      baseVersion: `${base}`,
      summary: 'One new paragraph',
    }),
  );
  const requestId = 1;
  await ok(
    rolf.submitForm('app/reviews/actions.ts', 'commentAction', { requestId: `${requestId}`, body: 'Looks fine.' }),
  );
  await ok(
    rolf.submitForm('app/reviews/actions.ts', 'decideAction', { requestId: `${requestId}`, decision: 'approved' }),
  );

  await ok(anne.submitForm('app/people/actions.ts', 'changeRoleAction', { userId: `${other.id}`, role: 'reviewer' }));

  return { server, people: { ambassador, reviewer, reader }, guideId, requestId };
}
