import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { diffDocs, diffJson, renderTerminalDiff, summaryParts } from '@/lib/diff';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { loadMessages } from '@/lib/messages';
import { datesFor } from '@/lib/dates';

const p = (text: string): JSONNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const routine = (owner: string, step: string): JSONNode => ({
  type: 'routine',
  attrs: {
    id: 'nytt-firma',
    title: 'Registrere nytt firma',
    what: 'Firmakort',
    owner,
    ownerEmail: null,
    reviewBy: null,
  },
  content: [p(step)],
});
const doc = (...content: JSONNode[]): GuideDoc => ({ type: 'doc', content });

const filler = Array.from({ length: 12 }, (_, i) => p(`Uendret avsnitt ${i}.`));
const a = doc(...filler, routine('Salgssjef', 'Søk først, for å unngå duplikater.'), p('Gammel slutt.'));
const b = doc(...filler, routine('Kari', 'Søk alltid først, for å unngå duplikater.'), p('Ny avslutning her.'));
const d = diffDocs(a, b);
const t = createTranslator({ locale: 'en', messages: loadMessages('en'), namespace: 'diff' });
const dates = datesFor('en', 'UTC');

describe('renderTerminalDiff', () => {
  it('shows the summary, collapsed unchanged blocks and marked words', () => {
    const out = renderTerminalDiff(d, { color: false, t, dates });
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      '1 routine changed · 1 other block changed · owner of “Registrere nytt firma”: Salgssjef → Kari',
    );
    expect(out).toContain('… 12 unchanged blocks …');
    expect(out).toContain('~ changed routine "Registrere nytt firma" (nytt-firma)');
    expect(out).toContain('    owner: Salgssjef → Kari');
    expect(out).toContain('Søk {+alltid +}først, for å unngå duplikater.');
    expect(out).toContain('[-Gammel slutt-]{+Ny avslutning her+}.');
    expect(out).not.toContain('\x1b[');
  });

  it('uses colours instead of brackets when asked', () => {
    const out = renderTerminalDiff(d, { color: true, t, dates });
    expect(out).toContain('\x1b[32malltid \x1b[0m');
    expect(out).toContain('\x1b[31mGammel slutt\x1b[0m');
    expect(out).not.toContain('{+');
    expect(out).not.toContain('[-');
  });

  it('says so when nothing changed', () => {
    const out = renderTerminalDiff(diffDocs(a, a), { color: false, t, dates });
    expect(out).toBe('No changes\n\n… 14 unchanged blocks …\n');
  });
});

describe('diffJson', () => {
  it('gives summary and blocks with status and ops, without the node trees', () => {
    const json = diffJson(d);
    const parsed = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(parsed.summary.routinesChanged).toBe(1);
    expect(parsed.blocks).toHaveLength(14);
    expect(parsed.blocks[12]).toMatchObject({ status: 'changed', routineId: 'nytt-firma', oldIndex: 12, newIndex: 12 });
    expect(parsed.blocks[12].ops).toContainEqual({ op: 'insert', text: 'alltid ' });
    expect(parsed.blocks.every((block) => !('old' in block) && !('new' in block))).toBe(true);
    // The diff itself keeps the nodes for side-by-side rendering.
    expect(d.blocks[12].new).toBe(b.content[12]);
  });
});

describe('summaryParts', () => {
  it('lists the counts that are not zero, then the value changes, as catalogue keys', () => {
    expect(summaryParts(d.summary)).toEqual([
      { kind: 'count', key: 'summary.routinesChanged', count: 1 },
      { kind: 'count', key: 'summary.blocksChanged', count: 1 },
      {
        kind: 'value',
        key: 'summary.ownerChanged',
        change: expect.objectContaining({
          routineId: 'nytt-firma',
          title: 'Registrere nytt firma',
          from: 'Salgssjef',
          to: 'Kari',
        }),
      },
    ]);
    expect(summaryParts(diffDocs(a, a).summary)).toEqual([{ kind: 'none', key: 'summary.noChanges' }]);
  });
});
