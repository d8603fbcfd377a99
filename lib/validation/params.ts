import { z } from 'zod';

const page = z.coerce.number().int().min(1).max(1_000_000);

/** A `?page=` value from the URL; anything odd means the first page. */
export function pageNumber(raw: unknown): number {
  const parsed = page.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : 1;
}

const id = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A numeric id from the URL, or null. */
export function idParam(raw: unknown): number | null {
  const parsed = id.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `/search?q=…&drafts=1`: the query is cut to 200 characters; anything odd is ignored. */
export const searchQuerySchema = z.object({
  q: z.preprocess(firstValue, z.string().catch('')).transform((s) => s.trim().slice(0, 200)),
  drafts: z.preprocess(firstValue, z.string().optional().catch(undefined)).transform((v) => v === '1'),
});

/** A revision named in a URL: `v3` (published version 3), `r120` (revision 120) or `draft`. */
export type RevisionRef = { kind: 'version'; version: number } | { kind: 'revision'; id: number } | { kind: 'draft' };

export function revisionRef(raw: unknown): RevisionRef | null {
  const value = firstValue(raw);
  if (value === 'draft') return { kind: 'draft' };
  const m = typeof value === 'string' ? /^([vr])([1-9]\d{0,15})$/.exec(value) : null;
  if (!m) return null;
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n)) return null;
  return m[1] === 'v' ? { kind: 'version', version: n } : { kind: 'revision', id: n };
}

export function formatRevisionRef(ref: RevisionRef): string {
  return ref.kind === 'draft' ? 'draft' : ref.kind === 'version' ? `v${ref.version}` : `r${ref.id}`;
}

const position = z.coerce.number().int().min(0).max(10_000_000);

/** A block position from 0 (`?open=` on compare), or null when missing or odd. */
export function blockPosition(raw: unknown): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value === '') return null;
  const parsed = position.safeParse(value);
  return parsed.success ? parsed.data : null;
}
