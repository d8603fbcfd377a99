import { desc } from 'drizzle-orm';
import { guides } from '@/db/schema';
import { withDatabase } from './people';
import { type Client } from './client';
import type { GuideDoc } from '@/lib/doc/types';

/** Creates a guide from a template through the real form action; returns its id. */
export async function createGuideFromTemplate(
  client: Client,
  dbPath: string,
  template = 'nb:crm-routine-guide',
  title = '',
): Promise<number> {
  const { status } = await client.submitForm('app/guides/actions.ts', 'createFromTemplateAction', { template, title });
  if (status >= 500) throw new Error(`create failed: ${status}`);
  return withDatabase(
    dbPath,
    (db) => db.select({ id: guides.id }).from(guides).orderBy(desc(guides.id)).limit(1).get()!.id,
  );
}

export async function getDraft(client: Client, guideId: number): Promise<{ version: number; doc: GuideDoc }> {
  const res = await client.fetch(`/api/guides/${guideId}/draft`);
  if (!res.ok) throw new Error(`draft: ${res.status}`);
  return (await res.json()) as { version: number; doc: GuideDoc };
}

export function saveDraft(client: Client, guideId: number, baseVersion: number, doc: unknown): Promise<Response> {
  return client.fetch(`/api/guides/${guideId}/draft`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ baseVersion, doc }),
  });
}

export function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

export async function publish(client: Client, guideId: number, baseVersion: number, note: string) {
  const { body } = await client.submitForm('app/guides/actions.ts', 'publishAction', {
    guideId: String(guideId),
    baseVersion: String(baseVersion),
    note,
  });
  return body;
}
