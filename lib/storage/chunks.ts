import { createHash } from 'node:crypto';

/** A short, stable content address: SHA-256, base64url, 128 bits. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

const MIN_CHUNK = 4;
const MAX_CHUNK = 64;

/**
 * Splits a revision's block list into runs whose boundaries depend on the blocks themselves, not on
 * their positions: a run ends after a block whose hash says so (about one in eight). Inserting or
 * deleting a block then changes only the run around it, and every other run is shared with the
 * previous revision, so history grows with the change, not with the document.
 */
export function chunkBoundaries(hashes: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < hashes.length; i++) {
    const length = i - start + 1;
    const cut = (hashes[i].charCodeAt(hashes[i].length - 1) & 7) === 0;
    if ((cut && length >= MIN_CHUNK) || length >= MAX_CHUNK || i === hashes.length - 1) {
      runs.push([start, i + 1]);
      start = i + 1;
    }
  }
  return runs;
}
