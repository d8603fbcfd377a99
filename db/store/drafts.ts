import { eq } from 'drizzle-orm';
import { drafts, users } from '../schema';
import type { Reader } from './tx';
import { CURRENT_DOC_VERSION, upgradeDoc } from '@/lib/doc/schema-version';
import type { GuideDoc } from '@/lib/doc/types';

export type Draft = { version: number; doc: GuideDoc; updatedAt: Date; updatedById: number; updatedByName: string };

/** The columns that hold a draft's document, for an insert or an update (always the current format). */
export function draftDocColumns(doc: GuideDoc): { doc: string; schemaVersion: number } {
  return { doc: JSON.stringify(doc), schemaVersion: CURRENT_DOC_VERSION };
}

/** A draft's document as stored, parsed and upgraded to the current format. */
export function draftDoc(row: { doc: string; schemaVersion: number }): GuideDoc {
  return upgradeDoc(JSON.parse(row.doc) as GuideDoc, row.schemaVersion);
}

export function readDraft(tx: Reader, guideId: number): Draft | null {
  const row = tx
    .select({
      version: drafts.version,
      doc: drafts.doc,
      schemaVersion: drafts.schemaVersion,
      updatedAt: drafts.updatedAt,
      updatedById: drafts.updatedBy,
      updatedByName: users.name,
    })
    .from(drafts)
    .innerJoin(users, eq(users.id, drafts.updatedBy))
    .where(eq(drafts.guideId, guideId))
    .get();
  if (!row) return null;
  return {
    version: row.version,
    doc: draftDoc(row),
    updatedAt: row.updatedAt,
    updatedById: row.updatedById,
    updatedByName: row.updatedByName,
  };
}
