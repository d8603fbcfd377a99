import 'server-only';
import { db } from './index';
import { readRendered, writeRendered, type RenderKey } from './store/rendered';
import { assertCan, type Actor } from '@/lib/actor';

export type { RenderKey } from './store/rendered';

/** The reader HTML stored for a published revision of the guide, or null when there is none yet. */
export function storedRender(actor: Actor | null, guideId: number, key: RenderKey): string | null {
  assertCan(actor, 'guide.read');
  return readRendered(db(), guideId, key);
}

/** Stores the reader HTML of a published revision of the guide (a cache: anyone who may read it). */
export function storeRender(actor: Actor | null, guideId: number, key: RenderKey, html: string): void {
  assertCan(actor, 'guide.read');
  db().transaction((tx) => {
    writeRendered(tx, guideId, key, html);
  });
}
