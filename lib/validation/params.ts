import { z } from 'zod';

const page = z.coerce.number().int().min(1).max(1_000_000);

/** A `?page=` value from the URL; anything odd means the first page. */
export function pageNumber(raw: unknown): number {
  const parsed = page.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : 1;
}
