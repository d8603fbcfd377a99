import fs from 'node:fs';
import type { Actor } from '@/lib/actor';
import type { GuideDoc } from '@/lib/doc/types';
import { changeOneWord } from './large-guide';

/**
 * In-process access to the real data layer (db/), for setting up benchmark data fast. The db
 * modules open DATABASE_PATH on first use, so the caller sets it before calling anything here,
 * and nothing here is imported statically by a module that runs before that.
 */
export async function dataLayer() {
  if (!process.env.DATABASE_PATH) throw new Error('set DATABASE_PATH before using the data layer');
  const guides = await import('@/db/guides');
  const history = await import('@/db/history');
  const users = await import('@/db/users');
  const index = await import('@/db/index');
  return { ...guides, ...history, cliActor: users.cliActor, db: index.db };
}

export type DataLayer = Awaited<ReturnType<typeof dataLayer>>;

export function ambassador(data: DataLayer, email: string): Actor {
  const actor = data.cliActor(email);
  if (!actor) throw new Error(`no ambassador ${email}`);
  return actor;
}

/**
 * `count` revisions, each a real edit: one word changed, saved as the draft, then kept with
 * "Save version" (saveDraft alone keeps a checkpoint only every 10 minutes per author).
 */
export function editRevisions(
  data: DataLayer,
  actor: Actor,
  guideId: number,
  doc: GuideDoc,
  count: number,
  name = (i: number) => `Versjon ${i + 1}`,
): void {
  let version = data.getDraft(actor, guideId).version;
  for (let i = 0; i < count; i++) {
    changeOneWord(doc, i % doc.content.length, i + 1);
    const saved = data.saveDraft(actor, guideId, version, doc);
    if (!saved.ok) throw new Error('draft conflict during setup');
    version = saved.version;
    data.saveNamedVersion(actor, guideId, name(i));
  }
}

/** Bytes the database takes once the WAL is folded in: the main file, plus used and free pages. */
export function databaseSize(
  data: DataLayer,
  file: string,
): { fileBytes: number; usedBytes: number; walBytes: number } {
  const client = data.db().$client;
  client.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = client.pragma('page_size', { simple: true }) as number;
  const pages = client.pragma('page_count', { simple: true }) as number;
  const free = client.pragma('freelist_count', { simple: true }) as number;
  const wal = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  return { fileBytes: pages * pageSize, usedBytes: (pages - free) * pageSize, walBytes: wal };
}
