/**
 * The data layer answers a list with a fixed number of SQL statements, not one (or more) per row:
 * the same count for 5 guides and open review requests as for 50. Runs the real db/ functions
 * in-process against a temporary SQLite file, and counts what reaches better-sqlite3's prepare().
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/server';
import { signedInActor } from '../helpers/in-process';
import type { Actor } from '@/lib/actor';
import type { GuideDoc } from '@/lib/doc/types';

const dir = tempDir('rg-query-count-');
// Read by db() on its first call, which comes after this line.
process.env.DATABASE_PATH = path.join(dir, 'guide.db');
const { db } = await import('@/db/index');
const { createFirstAmbassador } = await import('@/db/users');
const { addPerson } = await import('@/db/people');
const { allPublished, createGuide, listGuides, publishDraft } = await import('@/db/guides');
const { addComment, awaitingReview, decide, getRequest, submitForReview } = await import('@/db/reviews');

// What each function may take, whatever the number of rows.
const BOUND = { listGuides: 1, allPublished: 3, awaitingReview: 1, getRequest: 6 };
type Measured = keyof typeof BOUND;

function statementsOf<T>(run: () => T): { result: T; statements: string[] } {
  const client = db().$client;
  const prepare = client.prepare;
  const statements: string[] = [];
  client.prepare = ((source: string) => {
    statements.push(source);
    return prepare.call(client, source);
  }) as typeof client.prepare;
  try {
    return { result: run(), statements };
  } finally {
    client.prepare = prepare;
  }
}

/** Distinct content per guide, written as the block store gives it back (no blank attributes). */
function guideDoc(i: number): GuideDoc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Guide ${i}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: `What guide ${i} is about.` }] },
      {
        type: 'routine',
        attrs: {
          id: `routine-${i}`,
          title: `Routine ${i}`,
          what: 'A call',
          owner: 'Sales',
        },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `Step of routine ${i}.` }] }],
      },
    ],
  };
}

let anne: Actor, rolf: Actor, rita: Actor, liv: Actor;
let guideCount = 0;
let decidedByRolf = 0;
let firstRequest = 0;
let comments = 0;

/** More guides, each published and with an open review request; Rolf has decided on every third. */
function growTo(n: number) {
  for (; guideCount < n; guideCount++) {
    const i = guideCount;
    const { id } = createGuide(anne, {
      title: `Guide ${String(i).padStart(3, '0')}`,
      language: 'en',
      frontMatter: {},
      doc: guideDoc(i),
    });
    publishDraft(anne, id, 1, 'First version');
    const request = submitForReview(anne, id, 1, `Please review guide ${i}`);
    firstRequest ||= request.id;
    if (i % 3 === 0) {
      decide(rolf, request.id, 'approved');
      decidedByRolf++;
    }
    if (i % 2 === 0) decide(rita, request.id, 'changes_requested');
  }
  // The request measured below gathers a comment per guide, and so grows too.
  for (; comments < n; comments++) addComment(comments % 2 ? rita : rolf, firstRequest, null, `Comment ${comments}`);
}

function measure(): Record<Measured, number> {
  const lists = statementsOf(() => listGuides(liv));
  expect(lists.result).toHaveLength(guideCount);
  expect(lists.result.every((g) => g.publishedVersion === 1 && g.draftUpdatedAt === null)).toBe(true);
  const editors = statementsOf(() => listGuides(anne));
  expect(editors.result.every((g) => g.publishedVersion === 1 && g.draftUpdatedAt !== null)).toBe(true);
  expect(editors.statements).toHaveLength(lists.statements.length);

  const published = statementsOf(() => allPublished(liv));
  expect(published.result).toHaveLength(guideCount);
  for (const g of published.result) expect(g.doc).toEqual(guideDoc(Number(g.title.slice(6))));

  const awaiting = statementsOf(() => awaitingReview(rolf));
  expect(awaiting.result).toHaveLength(guideCount - decidedByRolf);

  const request = statementsOf(() => getRequest(rolf, firstRequest));
  expect(request.result.comments).toHaveLength(comments);
  expect(request.result.decisions.map((d) => d.reviewerName)).toEqual(['Rolf Reviewer', 'Rita Reviewer']);
  expect(request.result.doc).toEqual(guideDoc(0));

  return {
    listGuides: lists.statements.length,
    allPublished: published.statements.length,
    awaitingReview: awaiting.statements.length,
    getRequest: request.statements.length,
  };
}

beforeAll(async () => {
  const first = createFirstAmbassador({ name: 'Anne Ambassador', email: 'anne@example.com', passwordHash: 'unused' });
  anne = await signedInActor(first.id);
  const add = (name: string, email: string, role: 'reviewer' | 'reader') =>
    signedInActor(addPerson(anne, { name, email, role, passwordHash: 'unused' }).id);
  rolf = await add('Rolf Reviewer', 'rolf@example.com', 'reviewer');
  rita = await add('Rita Reviewer', 'rita@example.com', 'reviewer');
  liv = await add('Liv Reader', 'liv@example.com', 'reader');
});

afterAll(() => {
  db().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('lists of guides and review requests take as many statements for 50 rows as for 5', () => {
  growTo(5);
  const few = measure();
  growTo(50);
  const many = measure();
  for (const name of Object.keys(BOUND) as Measured[]) {
    expect(few[name], name).toBeLessThanOrEqual(BOUND[name]);
    expect(many[name], name).toBe(few[name]);
  }
});
