import 'server-only';
import { inArray } from 'drizzle-orm';
import { blockLists, blocks } from './schema';
import type { db } from './index';
import { canonicalJson } from '@/lib/diff/canonical';
import { chunkBoundaries, contentHash } from '@/lib/storage/chunks';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];

const BATCH = 500;

function idsByHash(tx: Tx, table: typeof blocks | typeof blockLists, hashes: string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < hashes.length; i += BATCH) {
    const part = hashes.slice(i, i + BATCH);
    for (const row of tx.select({ id: table.id, hash: table.hash }).from(table).where(inArray(table.hash, part)).all())
      found.set(row.hash, row.id);
  }
  return found;
}

/**
 * Stores a document's blocks and block runs (each only if new) and returns the run ids that make
 * up the document. Call inside a write transaction.
 */
export function storeDoc(tx: Tx, doc: GuideDoc): number[] {
  const jsons = doc.content.map((block) => canonicalJson(block));
  const hashes = jsons.map(contentHash);
  const blockIds = idsByHash(tx, blocks, [...new Set(hashes)]);
  hashes.forEach((hash, i) => {
    if (blockIds.has(hash)) return;
    const [row] = tx.insert(blocks).values({ hash, json: jsons[i] }).returning({ id: blocks.id }).all();
    blockIds.set(hash, row.id);
  });

  const runs = chunkBoundaries(hashes).map(([from, to]) => hashes.slice(from, to).map((h) => blockIds.get(h)!));
  const runHashes = runs.map((ids) => contentHash(ids.join(',')));
  const runIds = idsByHash(tx, blockLists, [...new Set(runHashes)]);
  runHashes.forEach((hash, i) => {
    if (runIds.has(hash)) return;
    const [row] = tx.insert(blockLists).values({ hash, blockIds: runs[i] }).returning({ id: blockLists.id }).all();
    runIds.set(hash, row.id);
  });
  return runHashes.map((h) => runIds.get(h)!);
}

/** Reassembles a stored document from its run ids. */
export function loadDoc(tx: Pick<Tx, 'select'>, listIds: number[]): GuideDoc {
  const lists = new Map<number, number[]>();
  for (let i = 0; i < listIds.length; i += BATCH)
    for (const row of tx
      .select({ id: blockLists.id, blockIds: blockLists.blockIds })
      .from(blockLists)
      .where(inArray(blockLists.id, listIds.slice(i, i + BATCH)))
      .all())
      lists.set(row.id, row.blockIds);
  const blockIds = listIds.flatMap((id) => lists.get(id) ?? []);
  const unique = [...new Set(blockIds)];
  const json = new Map<number, string>();
  for (let i = 0; i < unique.length; i += BATCH)
    for (const row of tx
      .select({ id: blocks.id, json: blocks.json })
      .from(blocks)
      .where(inArray(blocks.id, unique.slice(i, i + BATCH)))
      .all())
      json.set(row.id, row.json);
  return { type: 'doc', content: blockIds.map((id) => JSON.parse(json.get(id)!) as JSONNode) };
}
