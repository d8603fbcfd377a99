import type { Op } from '@/lib/diff/types';
import { Interner } from '@/lib/diff/hash';
import { longestCommonSubsequence } from '@/lib/diff/myers';

/**
 * Tokens: runs of letters, marks and digits (so "blåbær" and "Møte" are one word each), single
 * punctuation or symbol characters, and runs of whitespace.
 */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;
const WORD = /^[\p{L}\p{M}\p{N}_]/u;
const SPACE = /^\s/;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isWord(token: string): boolean {
  return WORD.test(token);
}

/** Number of word tokens in a text. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of tokenize(text)) if (isWord(token)) n++;
  return n;
}

/** Adds an op, merging with the previous one of the same kind and dropping empty text. */
function pushOp(ops: Op[], op: Op['op'], text: string): void {
  if (text === '') return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/**
 * Merges adjacent ops of one kind, drops empty ones, and puts each run of changes between two
 * equal pieces in the order delete, insert, which keeps both texts' reconstruction intact.
 */
export function normalizeOps(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    pushOp(out, 'delete', deleted);
    pushOp(out, 'insert', inserted);
    deleted = '';
    inserted = '';
  };
  for (const { op, text } of ops) {
    if (text === '') continue;
    if (op === 'delete') deleted += text;
    else if (op === 'insert') inserted += text;
    else {
      flush();
      pushOp(out, 'equal', text);
    }
  }
  flush();
  return out;
}

export type WordDiff = { ops: Op[]; limitExceeded: boolean };

type Tokens = { ids: Int32Array; starts: Int32Array; ends: Int32Array; words: Uint8Array };

/** The non-whitespace tokens with their positions; whitespace lives in the gaps between them. */
function solidTokens(text: string, interner: Interner): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const words: number[] = [];
  let pos = 0;
  for (const token of tokenize(text)) {
    if (!SPACE.test(token)) {
      ids.push(interner.id(token));
      starts.push(pos);
      ends.push(pos + token.length);
      words.push(isWord(token) ? 1 : 0);
    }
    pos += token.length;
  }
  return {
    ids: Int32Array.from(ids),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    words: Uint8Array.from(words),
  };
}

/**
 * Matched token pairs: first the most words possible (words are what a reader counts as changed;
 * matching a comma must never cost a word), then punctuation between consecutive matched words.
 * Null when the words alone are more than `limit` edits apart.
 */
function matchTokens(a: Tokens, b: Tokens, limit: number): { a: number[]; b: number[] } | null {
  const wordsA: number[] = [];
  const wordsB: number[] = [];
  a.words.forEach((w, i) => w && wordsA.push(i));
  b.words.forEach((w, j) => w && wordsB.push(j));
  const wordMatches = longestCommonSubsequence(
    Int32Array.from(wordsA, (i) => a.ids[i]),
    Int32Array.from(wordsB, (j) => b.ids[j]),
    limit,
  );
  if (wordMatches === null) return null;
  const out = { a: [] as number[], b: [] as number[] };
  let prevA = -1;
  let prevB = -1;
  const fillGap = (endA: number, endB: number) => {
    if (endA - prevA <= 1 || endB - prevB <= 1) return;
    const gap = longestCommonSubsequence(a.ids.subarray(prevA + 1, endA), b.ids.subarray(prevB + 1, endB), limit);
    if (gap === null) return;
    for (let k = 0; k < gap.a.length; k++) {
      out.a.push(prevA + 1 + gap.a[k]);
      out.b.push(prevB + 1 + gap.b[k]);
    }
  };
  for (let k = 0; k < wordMatches.a.length; k++) {
    const i = wordsA[wordMatches.a[k]];
    const j = wordsB[wordMatches.b[k]];
    fillGap(i, j);
    out.a.push(i);
    out.b.push(j);
    prevA = i;
    prevB = j;
  }
  fillGap(a.ids.length, b.ids.length);
  return out;
}

function isSpaceChar(text: string, index: number): boolean {
  return SPACE.test(text[index] ?? '');
}

/**
 * A stretch between two matched tokens: whitespace common at its start and end stays equal, the
 * rest is replaced. Only whitespace is kept, so a word is never split into equal and changed parts.
 */
function diffGap(ops: Op[], oldGap: string, newGap: string): void {
  if (oldGap === newGap) {
    pushOp(ops, 'equal', oldGap);
    return;
  }
  let head = 0;
  const max = Math.min(oldGap.length, newGap.length);
  while (head < max && oldGap[head] === newGap[head] && isSpaceChar(oldGap, head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    oldGap[oldGap.length - 1 - tail] === newGap[newGap.length - 1 - tail] &&
    isSpaceChar(oldGap, oldGap.length - 1 - tail)
  ) {
    tail++;
  }
  pushOp(ops, 'equal', oldGap.slice(0, head));
  pushOp(ops, 'delete', oldGap.slice(head, oldGap.length - tail));
  pushOp(ops, 'insert', newGap.slice(head, newGap.length - tail));
  pushOp(ops, 'equal', oldGap.slice(oldGap.length - tail));
}

/**
 * Word diff of two texts: as few changed words as possible (a longest common subsequence of the
 * words), then as few changed punctuation marks as possible between them. Whitespace does not
 * count as an edit, but whitespace changes still show. Past `maxEditDistance` word edits, or when
 * the texts differ by more words than that, the result is one delete and one insert.
 */
export function diffWords(oldText: string, newText: string, maxEditDistance = 2000): WordDiff {
  if (oldText === newText) return { ops: oldText ? [{ op: 'equal', text: oldText }] : [], limitExceeded: false };
  const interner = new Interner();
  const a = solidTokens(oldText, interner);
  const b = solidTokens(newText, interner);
  const matches = matchTokens(a, b, maxEditDistance);
  if (matches === null) {
    const ops: Op[] = [];
    pushOp(ops, 'delete', oldText);
    pushOp(ops, 'insert', newText);
    return { ops, limitExceeded: true };
  }
  const ops: Op[] = [];
  let posA = 0;
  let posB = 0;
  for (let m = 0; m < matches.a.length; m++) {
    const i = matches.a[m];
    const j = matches.b[m];
    diffGap(ops, oldText.slice(posA, a.starts[i]), newText.slice(posB, b.starts[j]));
    pushOp(ops, 'equal', oldText.slice(a.starts[i], a.ends[i]));
    posA = a.ends[i];
    posB = b.ends[j];
  }
  diffGap(ops, oldText.slice(posA), newText.slice(posB));
  return { ops: normalizeOps(ops), limitExceeded: false };
}
