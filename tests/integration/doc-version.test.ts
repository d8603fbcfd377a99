/**
 * Documents stored before the current format are upgraded when the data layer reads them. The rows
 * are written straight into SQLite as an older release left them (format 1), then read through the
 * real db/ functions in-process.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/server';
import { signedInActor } from '../helpers/in-process';
import { CURRENT_DOC_VERSION } from '@/lib/doc/schema-version';
import { validateDoc } from '@/lib/doc/validate';
import type { Actor } from '@/lib/actor';
import type { GuideDoc } from '@/lib/doc/types';

const dir = tempDir('rg-doc-version-');
const file = path.join(dir, 'guide.db');
// Read by db() on its first call, which comes after this line.
process.env.DATABASE_PATH = file;
const { db } = await import('@/db/index');
const { createFirstAmbassador } = await import('@/db/users');
const { addPerson } = await import('@/db/people');
const { allDrafts, createGuide, getDraft, getPublished, publishDraft, saveDraft } = await import('@/db/guides');
const { resolveRevision } = await import('@/db/history');

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

// As format 1 allowed: an empty owner e-mail and review-by date, a callout of a kind no longer known.
const oldRoutine = {
  type: 'routine',
  attrs: { id: 'new-company', title: 'New company', what: 'A company', owner: 'Sales', ownerEmail: '', reviewBy: '' },
  content: [paragraph('Register it.')],
};
const oldCallout = { type: 'callout', attrs: { kind: 'danger' }, content: [paragraph('Check twice.')] };

let anne: Actor, liv: Actor;
let guideId = 0;

function sqlite<T>(run: (connection: BetterSqlite3.Database) => T): T {
  const connection = new BetterSqlite3(file);
  try {
    return run(connection);
  } finally {
    connection.close();
  }
}

beforeAll(async () => {
  anne = await signedInActor(
    createFirstAmbassador({ name: 'Anne', email: 'anne@example.com', passwordHash: 'unused' }).id,
  );
  liv = await signedInActor(
    addPerson(anne, { name: 'Liv', email: 'liv@example.com', role: 'reader', passwordHash: 'unused' }).id,
  );
  guideId = createGuide(anne, {
    title: 'Old guide',
    language: 'en',
    frontMatter: {},
    doc: { type: 'doc', content: [paragraph('Written by this release.')] },
  }).id;
  publishDraft(anne, guideId, 1, 'First');
  const oldDoc = JSON.stringify({ type: 'doc', content: [oldRoutine, oldCallout] });
  sqlite((connection) => {
    connection.prepare('UPDATE drafts SET doc = ?, schema_version = 1 WHERE guide_id = ?').run(oldDoc, guideId);
    const block = connection
      .prepare("INSERT INTO blocks (hash, json) VALUES ('stored-by-format-1', ?) RETURNING id")
      .get(JSON.stringify(oldCallout)) as { id: number };
    const list = connection
      .prepare("INSERT INTO block_lists (hash, block_ids) VALUES ('stored-by-format-1', ?) RETURNING id")
      .get(JSON.stringify([block.id])) as { id: number };
    connection
      .prepare(
        "INSERT INTO revisions (guide_id, kind, version, note, author_id, list_ids, schema_version) VALUES (?, 'published', 2, 'Old', ?, ?, 1)",
      )
      .run(guideId, anne.id, JSON.stringify([list.id]));
  });
});

afterAll(() => {
  db().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const upgradedRoutine = { ...oldRoutine, attrs: { ...oldRoutine.attrs, ownerEmail: null, reviewBy: null } };
const upgradedCallout = { ...oldCallout, attrs: { kind: 'note' } };

test('an old draft is read upgraded, passes the validator, and can be saved and published again', () => {
  const stored = sqlite((c) => c.prepare('SELECT doc FROM drafts WHERE guide_id = ?').get(guideId) as { doc: string });
  expect(validateDoc(JSON.parse(stored.doc)).ok).toBe(false);

  const draft = getDraft(anne, guideId)!;
  expect(draft.doc).toEqual({ type: 'doc', content: [upgradedRoutine, upgradedCallout] });
  expect(validateDoc(draft.doc).ok).toBe(true);
  expect(allDrafts(anne).find((d) => d.guideId === guideId)?.doc).toEqual(draft.doc);

  const saved = saveDraft(anne, guideId, draft.version, draft.doc);
  expect(saved.ok).toBe(true);
  expect(publishDraft(anne, guideId, draft.version + 1, 'Again')).toEqual({ version: 3 });
  const versions = sqlite((c) => ({
    draft: (c.prepare('SELECT schema_version AS v FROM drafts WHERE guide_id = ?').get(guideId) as { v: number }).v,
    revision: (
      c.prepare('SELECT schema_version AS v FROM revisions WHERE guide_id = ? AND version = 3').get(guideId) as {
        v: number;
      }
    ).v,
  }));
  expect(versions).toEqual({ draft: CURRENT_DOC_VERSION, revision: CURRENT_DOC_VERSION });
});

test('an old revision is read upgraded, by readers and in history', () => {
  const v2: GuideDoc = { type: 'doc', content: [upgradedCallout] };
  expect(getPublished(liv, guideId, 2)?.doc).toEqual(v2);
  expect(resolveRevision(liv, guideId, { kind: 'version', version: 2 })?.doc).toEqual(v2);
});
