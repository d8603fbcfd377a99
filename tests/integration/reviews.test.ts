import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startServer, type TestServer } from '../helpers/server';
import { seedPeople } from '../helpers/people';
import { signInEach, type Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';

let server: TestServer;
const as = {} as Record<'anne' | 'bjorn' | 'rolf' | 'rita' | 'liv', Client>;
let guideId: number;

const act = async (who: keyof typeof as, name: string, fields: Record<string, string>) =>
  actionResult((await as[who].submitForm('app/reviews/actions.ts', name, fields)).body);

function latestRequestId(): number {
  const db = new BetterSqlite3(server.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT max(id) AS id FROM review_requests').get() as { id: number }).id;
  } finally {
    db.close();
  }
}

async function submit(who: 'anne' | 'bjorn', summary: string) {
  const draft = await getDraft(as[who], guideId);
  expect(
    await act(who, 'submitForReviewAction', { guideId: String(guideId), baseVersion: String(draft.version), summary }),
  ).toMatchObject({ ok: true });
  return latestRequestId();
}

async function editDraft(text: string) {
  const draft = await getDraft(as.anne, guideId);
  expect(
    (
      await saveDraft(as.anne, guideId, draft.version, {
        ...draft.doc,
        content: [...draft.doc.content, paragraph(text)],
      })
    ).status,
  ).toBe(200);
}

beforeAll(async () => {
  server = await startServer();
  const people = await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Bjørn Ambassadør', email: 'bjorn@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  await signInEach(server.url, people, as);
  guideId = await createGuideFromTemplate(as.anne, server.dbPath, 'en:crm-adoption-plan');
  expect(
    await act('anne', 'setReviewPolicyAction', { guideId: String(guideId), required: 'on', approvals: '2' }),
  ).toMatchObject({ ok: true });
});
afterAll(() => server?.stop());

describe('approval before publishing', () => {
  let first: number;

  test('publishing without approvals is refused, in the form and on the server', async () => {
    const draft = await getDraft(as.anne, guideId);
    expect(actionResult(await publish(as.anne, guideId, draft.version, 'Straight out'))).toMatchObject({
      ok: false,
      message: 'This guide needs 2 approvals before publishing: submit the draft for review.',
    });
    const editor = await (await as.anne.fetch(`/guides/${guideId}/edit`)).text();
    expect(editor).toContain('This guide needs 2 approvals before it is published.');
  });

  test('reviewers are notified; one approval of two is not enough', async () => {
    first = await submit('anne', 'First version of the plan');
    const header = await (await as.rolf.fetch('/')).text();
    expect(header).toMatch(/aria-label="Notifications: 1 unread notification"/);
    expect(await (await as.rolf.fetch('/reviews')).text()).toContain(`Review request #${first}`);
    expect(await act('rolf', 'decideAction', { requestId: String(first), decision: 'approved' })).toMatchObject({
      ok: true,
    });
    expect(await act('anne', 'publishApprovedAction', { requestId: String(first), note: 'v1' })).toMatchObject({
      ok: false,
      message: 'Not enough approvals yet: 1 of 2.',
    });
    // Reading the request clears its notices.
    await (await as.rolf.fetch(`/reviews/${first}`)).text();
    expect(await (await as.rolf.fetch('/')).text()).toMatch(/aria-label="Notifications: no unread notifications"/);
  });

  test('later draft edits do not change what was reviewed; the approved revision is what gets published', async () => {
    await editDraft('Written after the submission.');
    const page = await (await as.rita.fetch(`/reviews/${first}`)).text();
    expect(page).toContain('The draft changed since this was submitted.');
    expect(page).not.toContain('Written after the submission.');
    expect(await act('rita', 'decideAction', { requestId: String(first), decision: 'approved' })).toMatchObject({
      ok: true,
    });
    expect(
      await act('anne', 'publishApprovedAction', { requestId: String(first), note: 'Approved plan' }),
    ).toMatchObject({ ok: true, message: 'Version 1 is published.' });
    const reader = await (await as.liv.fetch(`/guides/${guideId}`)).text();
    expect(reader).toContain('Version 1, published');
    expect(reader).not.toContain('Written after the submission.');
    // A published request still shows what it changed (against the version before it, here none).
    expect(await (await as.rolf.fetch(`/reviews/${first}`)).text()).toMatch(
      /<li>7 routines added: (“[^”<]+”, ){4}“[^”<]+” and 2 more<\/li>/,
    );
    // The request is closed: no more decisions.
    expect(
      await act('rolf', 'decideAction', { requestId: String(first), decision: 'changes_requested' }),
    ).toMatchObject({ ok: false, message: 'This review request is closed.' });
  });

  test('approvals of revision r do not publish revision r+1', async () => {
    const second = await submit('anne', 'The paragraph written after');
    expect(await act('anne', 'publishApprovedAction', { requestId: String(second), note: 'Sneaky' })).toMatchObject({
      ok: false,
      message: 'Not enough approvals yet: 0 of 2.',
    });
    const draft = await getDraft(as.anne, guideId);
    expect(actionResult(await publish(as.anne, guideId, draft.version, 'Sneaky'))).toMatchObject({ ok: false });
    // A re-submit can be compared with the revision reviewed before.
    const page = await (await as.rolf.fetch(`/reviews/${second}?against=reviewed`)).text();
    expect(page).toMatch(/<ins[^>]*>.*Written after the submission\./s);
  });

  test('nobody approves their own submission, even an ambassador; another ambassador may', async () => {
    const third = await submit('bjorn', 'Bjørn’s turn');
    expect(await act('bjorn', 'decideAction', { requestId: String(third), decision: 'approved' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await act('anne', 'decideAction', { requestId: String(third), decision: 'approved' })).toMatchObject({
      ok: true,
    });
  });

  test('named approvers: only their approvals count', async () => {
    const db = new BetterSqlite3(server.dbPath, { readonly: true });
    const rita = (db.prepare("SELECT id FROM users WHERE email = 'rita@example.com'").get() as { id: number }).id;
    db.close();
    expect(
      await act('anne', 'setReviewPolicyAction', {
        guideId: String(guideId),
        required: 'on',
        approvals: '2',
        approverIds: String(rita),
      }),
    ).toMatchObject({
      ok: false,
      message: 'Only 1 reviewer is named: lower the number of approvals or name more.',
    });
    expect(
      await act('anne', 'setReviewPolicyAction', {
        guideId: String(guideId),
        required: 'on',
        approvals: '1',
        approverIds: String(rita),
      }),
    ).toMatchObject({ ok: true });
    const fourth = await submit('anne', 'Only Rita decides');
    expect(await act('rolf', 'decideAction', { requestId: String(fourth), decision: 'approved' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await act('rita', 'decideAction', { requestId: String(fourth), decision: 'approved' })).toMatchObject({
      ok: true,
    });
  });

  test('an approver named twice is refused: a guide cannot need more approvals than it has approvers', async () => {
    const db = new BetterSqlite3(server.dbPath, { readonly: true });
    const rita = String(
      (db.prepare("SELECT id FROM users WHERE email = 'rita@example.com'").get() as { id: number }).id,
    );
    const policy = () => db.prepare('SELECT required_approvals, approver_ids FROM guides WHERE id = ?').get(guideId);
    const before = policy();
    const { body } = await as.anne.callAction('app/reviews/actions.ts', 'setReviewPolicyAction', [
      null,
      { guideId: String(guideId), required: 'on', approvals: '2', approverIds: [rita, rita] },
    ]);
    expect(actionResult(body)).toMatchObject({ ok: false, message: 'Each reviewer can be named only once.' });
    expect(policy()).toEqual(before);
    db.close();
  });

  test('a named approver made a reader no longer counts, nor is told of new requests', async () => {
    const db = new BetterSqlite3(server.dbPath, { readonly: true });
    const rita = (db.prepare("SELECT id FROM users WHERE email = 'rita@example.com'").get() as { id: number }).id;
    const requestedOf = (requestId: number) =>
      (
        db
          .prepare(
            "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND request_id = ? AND kind = 'review.requested'",
          )
          .get(rita, requestId) as { n: number }
      ).n;
    const setRole = async (role: string) =>
      expect(
        actionResult(
          (await as.anne.submitForm('app/people/actions.ts', 'changeRoleAction', { userId: String(rita), role })).body,
        ),
      ).toMatchObject({ ok: true });
    try {
      const fifth = await submit('anne', 'Rita approves, then becomes a reader');
      expect(requestedOf(fifth)).toBe(1);
      expect(await act('rita', 'decideAction', { requestId: String(fifth), decision: 'approved' })).toMatchObject({
        ok: true,
      });
      const approvalState = async (id: number) =>
        (await (await as.anne.fetch(`/reviews/${id}`)).text()).match(/\d+ of \d+ approvals?/)?.[0];
      expect(await approvalState(fifth)).toBe('1 of 1 approval');
      await setRole('reader');
      expect(await approvalState(fifth)).toBe('0 of 1 approval');
      expect(await act('anne', 'publishApprovedAction', { requestId: String(fifth), note: 'No' })).toMatchObject({
        ok: false,
        message: 'Not enough approvals yet: 0 of 1.',
      });
      const sixth = await submit('anne', 'Nobody is named who may approve');
      expect(requestedOf(sixth)).toBe(0);
      // Back in a role that approves, her approval of that revision counts again.
      await setRole('reviewer');
      expect(await approvalState(fifth)).toBe('1 of 1 approval');
    } finally {
      db.close();
    }
  });

  test('comments with hostile content are shown as text; withdrawing closes the request; nothing is deleted', async () => {
    const id = latestRequestId();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(await act('rolf', 'commentAction', { requestId: String(id), anchor: '', body: hostile })).toMatchObject({
      ok: true,
    });
    expect(
      await act('rolf', 'commentAction', { requestId: String(id), anchor: 'b:0', body: 'About the first block' }),
    ).toMatchObject({ ok: true });
    expect(await act('rolf', 'commentAction', { requestId: String(id), anchor: 'b:x; DROP', body: 'x' })).toMatchObject(
      { ok: false },
    );
    const page = await (await as.anne.fetch(`/reviews/${id}`)).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).not.toContain('<img src=x');
    expect(page).toMatch(/aria-label="Comments on this part"[^]*About the first block/);
    expect(await act('anne', 'withdrawAction', { requestId: String(id) })).toMatchObject({ ok: true });
    expect(await act('rita', 'decideAction', { requestId: String(id), decision: 'approved' })).toMatchObject({
      ok: false,
      message: 'This review request is closed.',
    });
    // Rita was the named approver (and approved), Rolf commented: both are told, nobody else.
    const told = new BetterSqlite3(server.dbPath, { readonly: true });
    expect(
      told
        .prepare(
          `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
           WHERE n.kind = 'review.withdrawn' AND n.request_id = ? ORDER BY u.email`,
        )
        .all(id),
    ).toEqual([{ email: 'rita@example.com' }, { email: 'rolf@example.com' }]);
    told.close();
    const notices = await (await as.rolf.fetch('/notifications')).text();
    expect(notices).toMatch(
      new RegExp(`Unread(<!-- -->)?: </strong><a href="/reviews/${id}"[^>]*>Anne Ambassadør withdrew a review request`),
    );
    expect(await (await as.bjorn.fetch('/notifications')).text()).not.toContain('withdrew');
    const db = new BetterSqlite3(server.dbPath);
    expect(() => db.prepare('DELETE FROM review_comments').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE review_decisions SET decision = ?').run('approved')).toThrow(/append-only/);
    db.close();
  });

  test('the history shows every review step', async () => {
    const page = await (await as.rolf.fetch(`/guides/${guideId}/history`)).text();
    expect(page).toContain('id="review-steps"');
    expect(page).toMatch(/Rolf Reviewer approved, \d{1,2} \w+ \d{4} \d\d:\d\d/);
    expect(page).toMatch(/<h2[^>]*>Submitted for review/);
  });

  test('a reader can see none of it', async () => {
    for (const path of ['/reviews', `/reviews/1`, `/guides/${guideId}/review`])
      expect((await as.liv.fetch(path)).status).toBe(403);
    expect(await (await as.liv.fetch(`/guides/${guideId}/history`)).text()).not.toContain('id="review-steps"');
  });
});
