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
