import { inArray, sql } from 'drizzle-orm';
import { blockLists, blocks } from '../schema';
import type { Reader, Tx } from './tx';
import { canonicalJson } from '@/lib/diff/canonical';
import { chunkBoundaries, contentHash } from '@/lib/storage/chunks';
import { upgradeDoc } from '@/lib/doc/schema-version';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';

/** How a revision refers to its document: block runs, and the format they were written in. */
export type StoredDoc = { listIds: number[]; schemaVersion: number };

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
 * up the document. Call inside a write transaction, with a document in the current format.
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

// The ids go in as one JSON array parameter, so a lookup is one statement however many there are.
const oneOf = (ids: number[]) => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/**
 * Reassembles stored documents, in the current format, with two statements for any number of
 * them (one for the block runs, one for the blocks).
 */
export function loadDocs(tx: Reader, stored: StoredDoc[]): GuideDoc[] {
  if (stored.length === 0) return [];
  const lists = new Map(
    tx
      .select({ id: blockLists.id, blockIds: blockLists.blockIds })
      .from(blockLists)
      .where(inArray(blockLists.id, oneOf([...new Set(stored.flatMap((s) => s.listIds))])))
      .all()
      .map((row) => [row.id, row.blockIds]),
  );
  const blockIdsOf = stored.map((s) => s.listIds.flatMap((id) => lists.get(id) ?? []));
  const json = new Map(
    tx
      .select({ id: blocks.id, json: blocks.json })
      .from(blocks)
      .where(inArray(blocks.id, oneOf([...new Set(blockIdsOf.flat())])))
      .all()
      .map((row) => [row.id, row.json]),
  );
  return stored.map((s, i) =>
    upgradeDoc(
      { type: 'doc', content: blockIdsOf[i].map((id) => JSON.parse(json.get(id)!) as JSONNode) },
      s.schemaVersion,
    ),
  );
}

export function loadDoc(tx: Reader, stored: StoredDoc): GuideDoc {
  return loadDocs(tx, [stored])[0];
}
