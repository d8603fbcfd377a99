import { describe, expect, it } from 'vitest';
import { headingIds, outline } from '@/lib/doc/outline';
import { callout, doc, fullGuide, h, p, routine, text } from './doc-fixtures';

describe('outline', () => {
  it('lists headings and routines in document order with their anchors', () => {
    expect(outline(fullGuide())).toEqual([
      { level: 1, text: 'Rutiner for CRM', id: 'h-rutiner-for-crm', kind: 'heading' },
      { level: 2, text: 'Firma', id: 'h-firma', kind: 'heading' },
      { level: 3, text: 'Registrere nytt firma', id: 'routine-nytt-firma', kind: 'routine' },
    ]);
  });

  it('gives repeated headings distinct ids, also when a later heading already looks numbered', () => {
    const guide = doc(h(2, 'Steg'), h(2, 'Steg'), h(2, 'Steg 2'), h(3, 'Steg'));
    expect(outline(guide).map((entry) => entry.id)).toEqual(['h-steg', 'h-steg-2', 'h-steg-2-2', 'h-steg-3']);
  });

  it('transliterates Norwegian letters and drops punctuation', () => {
    expect(outline(doc(h(2, 'Før møtet: Åpne kundekortet!')))[0].id).toBe('h-for-motet-apne-kundekortet');
    expect(outline(doc(h(2, 'Ærlig talt – “sitater” & sånt')))[0].id).toBe('h-aerlig-talt-sitater-sant');
  });

  it('uses the whole heading text, marks and line breaks included', () => {
    const heading = {
      type: 'heading',
      attrs: { level: 2 },
      content: [text('Ny '), text('kunde', [{ type: 'bold' as const }]), { type: 'hardBreak' }, text('i CRM')],
    };
    expect(outline(doc(heading))).toEqual([
      { level: 2, text: 'Ny kunde i CRM', id: 'h-ny-kunde-i-crm', kind: 'heading' },
    ]);
  });

  it('leaves empty headings out of the table of contents but still numbers around them', () => {
    const guide = doc(h(2, ''), h(2, '…'), h(2, 'Innhold'));
    expect(outline(guide)).toEqual([
      { level: 2, text: '…', id: 'h-section-2', kind: 'heading' },
      { level: 2, text: 'Innhold', id: 'h-innhold', kind: 'heading' },
    ]);
    expect(headingIds(guide)).toEqual(['h-section', 'h-section-2', 'h-innhold']);
  });

  it('finds headings and routines nested in callouts and routines', () => {
    const guide = doc(
      callout('note', h(3, 'Inne i merknad')),
      routine({ id: 'ytre', title: 'Ytre' }, h(4, 'Underpunkt'), routine({ id: 'indre', title: 'Indre' })),
    );
    expect(outline(guide)).toEqual([
      { level: 3, text: 'Inne i merknad', id: 'h-inne-i-merknad', kind: 'heading' },
      { level: 4, text: 'Ytre', id: 'routine-ytre', kind: 'routine' },
      { level: 4, text: 'Underpunkt', id: 'h-underpunkt', kind: 'heading' },
      { level: 5, text: 'Indre', id: 'routine-indre', kind: 'routine' },
    ]);
  });

  it('puts routines before any heading at level 2 and shows an untitled routine by its id', () => {
    expect(outline(doc(routine({ id: 'uten-tittel' }), p('x')))).toEqual([
      { level: 2, text: 'uten-tittel', id: 'routine-uten-tittel', kind: 'routine' },
    ]);
  });
});
