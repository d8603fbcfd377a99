import { describe, expect, it } from 'vitest';
import { diffDocs, type BlockDiff } from '@/lib/diff';
import type { GuideDoc, JSONNode, Mark, RoutineAttrs } from '@/lib/doc/types';
import { checkDiff } from './diff-check';

const t = (text: string, marks?: Mark[]): JSONNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: (string | JSONNode)[]): JSONNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? t(c) : c)),
});
const h = (level: number, text: string): JSONNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const steps = (...items: string[]): JSONNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
const routine = (attrs: Partial<RoutineAttrs> & { id: string }, ...content: JSONNode[]): JSONNode => ({
  type: 'routine',
  attrs: {
    title: attrs.id.replace(/-/g, ' '),
    what: 'Firmakort',
    owner: 'Salgssjef',
    ownerEmail: null,
    reviewBy: null,
    ...attrs,
  },
  content,
});
const doc = (...content: JSONNode[]): GuideDoc => ({ type: 'doc', content });

function diff(a: GuideDoc, b: GuideDoc, options?: Parameters<typeof diffDocs>[2]) {
  const d = diffDocs(a, b, options);
  checkDiff(a, b, d);
  return d;
}
const statuses = (blocks: BlockDiff[]) => blocks.map((b) => b.status);

const firma = routine(
  { id: 'nytt-firma', title: 'Registrere nytt firma' },
  steps('Søk først, for å unngå duplikater.', 'Fyll inn org.nr.'),
);
const kontakt = routine({ id: 'ny-kontakt', title: 'Ny kontakt' }, steps('Åpne firmakortet.', 'Legg til kontakt.'));
const salg = routine({ id: 'nytt-salg', title: 'Nytt salg' }, steps('Registrer salget på firmaet.'));

describe('diffDocs', () => {
  it('finds nothing between equal documents whatever their attribute order', () => {
    const a = doc(h(1, 'Rutiner'), firma, p('Slutt.'));
    const reordered = doc(
      { content: [t('Rutiner')], attrs: { level: 1 }, type: 'heading' },
      { ...firma, attrs: Object.fromEntries(Object.entries(firma.attrs ?? {}).reverse()) },
      p('Slutt.'),
    );
    const d = diff(a, reordered);
    expect(statuses(d.blocks)).toEqual(['equal', 'equal', 'equal']);
    expect(d.blocks[1].ops).toEqual([{ op: 'equal', text: 'Søk først, for å unngå duplikater.\nFyll inn org.nr.' }]);
  });

  it('reports a moved routine at its new place, and its word changes', () => {
    const a = doc(h(1, 'Rutiner'), firma, kontakt, salg);
    const editedFirma = routine(
      { id: 'nytt-firma', title: 'Registrere nytt firma' },
      steps('Søk alltid først, for å unngå duplikater.', 'Fyll inn org.nr.'),
    );
    const b = doc(h(1, 'Rutiner'), kontakt, salg, editedFirma);
    const d = diff(a, b);
    expect(statuses(d.blocks)).toEqual(['equal', 'equal', 'equal', 'moved']);
    const moved = d.blocks[3];
    expect(moved).toMatchObject({ routineId: 'nytt-firma', title: 'Registrere nytt firma', oldIndex: 1, newIndex: 3 });
    expect(moved.ops).toContainEqual({ op: 'insert', text: 'alltid ' });
    expect(d.summary).toMatchObject({ routinesMoved: 1, routinesChanged: 1, routinesAdded: 0, routinesRemoved: 0 });
  });

  it('moves the routines, not the paragraph, when two routines swap around it', () => {
    const a = doc(firma, p('Mellom.'), kontakt);
    const b = doc(kontakt, p('Mellom.'), firma);
    const d = diff(a, b);
    expect(d.blocks.map((x) => [x.status, x.blockType])).toEqual([
      ['moved', 'routine'],
      ['equal', 'paragraph'],
      ['moved', 'routine'],
    ]);
    expect(d.summary.routinesMoved).toBe(2);
    expect(d.summary.blocksMoved).toBe(0);
  });

  it('reports an owner change with from and to, in the block and in the summary', () => {
    const a = doc(firma);
    const b = doc({ ...firma, attrs: { ...firma.attrs, owner: 'Kari Nordmann', ownerEmail: 'kari@example.com' } });
    const d = diff(a, b);
    expect(d.blocks[0].status).toBe('changed');
    expect(d.blocks[0].attrChanges).toEqual([
      { name: 'owner', from: 'Salgssjef', to: 'Kari Nordmann' },
      { name: 'ownerEmail', from: null, to: 'kari@example.com' },
    ]);
    expect(d.blocks[0].ops).toHaveLength(1);
    expect(d.summary.ownerChanges).toEqual([
      {
        routineId: 'nytt-firma',
        title: 'Registrere nytt firma',
        from: 'Salgssjef',
        to: 'Kari Nordmann',
        fromEmail: null,
        toEmail: 'kari@example.com',
      },
    ]);
    expect(d.summary.routinesChanged).toBe(1);
  });

  it('reports what and review date changes', () => {
    const a = doc(firma);
    const b = doc({ ...firma, attrs: { ...firma.attrs, what: 'Firma og kontakt', reviewBy: '2027-03-01' } });
    const d = diff(a, b);
    expect(d.summary.whatChanges).toEqual([
      { routineId: 'nytt-firma', title: 'Registrere nytt firma', from: 'Firmakort', to: 'Firma og kontakt' },
    ]);
    expect(d.summary.reviewByChanges).toEqual([
      { routineId: 'nytt-firma', title: 'Registrere nytt firma', from: null, to: '2027-03-01' },
    ]);
  });

  it('treats a routine with a new id as removed and added', () => {
    const a = doc(firma);
    const b = doc({ ...firma, attrs: { ...firma.attrs, id: 'firma' } });
    const d = diff(a, b);
    expect(statuses(d.blocks).sort()).toEqual(['deleted', 'inserted']);
    expect(d.summary).toMatchObject({ routinesAdded: 1, routinesRemoved: 1, routinesChanged: 0 });
  });

  it('reports a heading level change as an attribute change', () => {
    const d = diff(doc(h(2, 'Firma')), doc(h(3, 'Firma')));
    expect(d.blocks[0]).toMatchObject({
      status: 'changed',
      title: 'Firma',
      attrChanges: [{ name: 'level', from: '2', to: '3' }],
    });
    expect(d.blocks[0].ops).toEqual([{ op: 'equal', text: 'Firma' }]);
  });

  it('reports new formatting on unchanged text as a format change', () => {
    const d = diff(doc(p('Søk først.')), doc(p(t('Søk', [{ type: 'bold' }]), ' først.')));
    expect(d.blocks[0]).toMatchObject({
      status: 'changed',
      formatChanged: true,
      ops: [{ op: 'equal', text: 'Søk først.' }],
    });
    expect(d.summary.blocksChanged).toBe(1);
  });

  it('reports a changed link target as a format and attribute change', () => {
    const link = (href: string) => t('hjelp', [{ type: 'link', attrs: { href } }]);
    const d = diff(doc(p('Se ', link('https://a.example'))), doc(p('Se ', link('https://b.example'))));
    expect(d.blocks[0]).toMatchObject({
      status: 'changed',
      formatChanged: true,
      attrChanges: [{ name: 'link', from: 'https://a.example', to: 'https://b.example' }],
    });
  });

  it('pairs an edited paragraph with its old version and diffs its words', () => {
    const a = doc(h(1, 'Om'), p('Kundene registreres i CRM av salg.'), p('Slutt.'));
    const b = doc(h(1, 'Om'), p('Kundene registreres i CRM av support.'), p('Slutt.'));
    const d = diff(a, b);
    expect(statuses(d.blocks)).toEqual(['equal', 'changed', 'equal']);
    expect(d.blocks[1].ops).toEqual([
      { op: 'equal', text: 'Kundene registreres i CRM av ' },
      { op: 'delete', text: 'salg' },
      { op: 'insert', text: 'support' },
      { op: 'equal', text: '.' },
    ]);
    expect(d.summary).toMatchObject({ blocksChanged: 1, blocksAdded: 0, blocksRemoved: 0 });
  });

  it('does not pair unrelated paragraphs in a larger gap', () => {
    const a = doc(h(1, 'Om'), p('Alpha beta gamma delta.'), p('Epsilon zeta eta.'), p('Slutt.'));
    const b = doc(h(1, 'Om'), p('Helt annen tekst her.'), p('Noe nytt igjen.'), p('Slutt.'));
    const d = diff(a, b);
    expect(statuses(d.blocks)).toEqual(['equal', 'deleted', 'deleted', 'inserted', 'inserted', 'equal']);
  });

  it('places a deleted block after its old predecessor, before blocks inserted there', () => {
    const a = doc(p('En.'), p('To er borte.'), p('Tre.'));
    const b = doc(p('En.'), h(2, 'Ny overskrift'), p('Tre.'));
    const d = diff(a, b);
    expect(d.blocks.map((x) => [x.status, x.oldIndex, x.newIndex])).toEqual([
      ['equal', 0, 0],
      ['deleted', 1, null],
      ['inserted', null, 1],
      ['equal', 2, 2],
    ]);
    expect(d.blocks[1].ops).toEqual([{ op: 'delete', text: 'To er borte.' }]);
    expect(d.blocks[2].ops).toEqual([{ op: 'insert', text: 'Ny overskrift' }]);
    expect(d.blocks[2].title).toBe('Ny overskrift');
  });

  it('puts blocks deleted from the start first', () => {
    const d = diff(doc(p('Borte.'), p('Blir.')), doc(p('Blir.')));
    expect(statuses(d.blocks)).toEqual(['deleted', 'equal']);
  });

  it('handles empty documents', () => {
    expect(diff(doc(), doc()).blocks).toEqual([]);
    const d = diff(doc(), doc(firma, { type: 'horizontalRule' }));
    expect(statuses(d.blocks)).toEqual(['inserted', 'inserted']);
    expect(d.blocks[1].ops).toEqual([]);
    expect(d.summary).toMatchObject({ routinesAdded: 1, blocksAdded: 1 });
  });

  it('shows two 20,000-word blocks with nothing in common as replaced, promptly', () => {
    const words = (prefix: string) => Array.from({ length: 20_000 }, (_, i) => `${prefix}${i}`).join(' ');
    const a = doc(h(1, 'Stor'), p(words('alfa')));
    const b = doc(h(1, 'Stor'), p(words('beta')));
    const start = performance.now();
    const d = diff(a, b);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(d.blocks[1]).toMatchObject({ status: 'changed', limitExceeded: true });
    expect(d.blocks[1].ops.map((o) => o.op)).toEqual(['delete', 'insert']);
  });

  it('respects a smaller edit limit', () => {
    const d = diff(doc(p('a b c d e f')), doc(p('a x c y e z')), { maxEditDistance: 2 });
    expect(d.blocks[0]).toMatchObject({
      limitExceeded: true,
      ops: [
        { op: 'delete', text: 'a b c d e f' },
        { op: 'insert', text: 'a x c y e z' },
      ],
    });
  });

  it('falls back to matching unique blocks when the documents are too different to align exactly', () => {
    const a = doc(...Array.from({ length: 60 }, (_, i) => p(`Avsnitt nummer ${i} om firma.`)));
    const bContent = a.content.map((block, i) => (i % 3 === 0 ? p(`Avsnitt nummer ${i} om kontakt.`) : block));
    const b = doc(...bContent);
    const d = diff(a, b, { maxBlockEditDistance: 4 });
    expect(statuses(d.blocks)).toEqual(bContent.map((_, i) => (i % 3 === 0 ? 'changed' : 'equal')));
  });
});
