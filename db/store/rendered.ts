import { and, eq, isNotNull, ne, or } from 'drizzle-orm';
import { renderedHtml, revisions } from '../schema';
import type { Reader, Tx } from './tx';

/** What a stored render is valid for. */
export type RenderKey = { revisionId: number; docVersion: number; rendererVersion: number; variant: string };

function matches(key: RenderKey) {
  return and(
    eq(renderedHtml.revisionId, key.revisionId),
    eq(renderedHtml.docVersion, key.docVersion),
    eq(renderedHtml.rendererVersion, key.rendererVersion),
    eq(renderedHtml.variant, key.variant),
  );
}

/** The stored HTML of a published revision of this guide, or null. */
export function readRendered(reader: Reader, guideId: number, key: RenderKey): string | null {
  const row = reader
    .select({ html: renderedHtml.html })
    .from(renderedHtml)
    .innerJoin(revisions, eq(revisions.id, renderedHtml.revisionId))
    .where(and(matches(key), eq(revisions.guideId, guideId), isNotNull(revisions.version)))
    .get();
  return row?.html ?? null;
}

/**
 * Keeps the HTML of a published revision of this guide, in place of any other render of it (an
 * older renderer or format, owners' names that have changed since); nothing if it is no published
 * revision of the guide.
 */
export function writeRendered(tx: Tx, guideId: number, key: RenderKey, html: string): boolean {
  const revision = tx
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.id, key.revisionId), eq(revisions.guideId, guideId), isNotNull(revisions.version)))
    .get();
  if (!revision) return false;
  tx.delete(renderedHtml)
    .where(
      and(
        eq(renderedHtml.revisionId, key.revisionId),
        or(
          ne(renderedHtml.docVersion, key.docVersion),
          ne(renderedHtml.rendererVersion, key.rendererVersion),
          ne(renderedHtml.variant, key.variant),
        ),
      ),
    )
    .run();
  tx.insert(renderedHtml)
    .values({ ...key, html })
    .onConflictDoNothing()
    .run();
  return true;
}
