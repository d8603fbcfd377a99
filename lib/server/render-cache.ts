import 'server-only';
import { after } from 'next/server';
import { storedRender, storeRender, type RenderKey } from '@/db/rendered';
import type { Actor } from '@/lib/actor';

// Renders under way, by key: a second reader of the same version waits for the first one's render
// instead of starting another.
const inFlight = new Map<string, Promise<string>>();

function keyText(key: RenderKey): string {
  return `${key.revisionId}-${key.docVersion}-${key.rendererVersion}-${key.variant}`;
}

/**
 * The HTML of a published revision: from the database when it was rendered before (in this process
 * or an earlier one), else rendered once, however many ask at the same time, and stored once the
 * answer has gone out (a GET writes nothing while it renders).
 */
export function renderOnce(
  actor: Actor,
  guideId: number,
  key: RenderKey,
  render: () => Promise<string>,
): Promise<string> {
  const text = keyText(key);
  let pending = inFlight.get(text);
  if (!pending) {
    pending = (async () => {
      const stored = storedRender(actor, guideId, key);
      if (stored !== null) return stored;
      const started = performance.now();
      const html = await render();
      console.info(
        `rendered guide ${guideId} revision ${key.revisionId}: ${html.length} characters in ${Math.round(performance.now() - started)} ms`,
      );
      after(() => storeRender(actor, guideId, key, html));
      return html;
    })().finally(() => inFlight.delete(text));
    inFlight.set(text, pending);
  }
  return pending;
}
