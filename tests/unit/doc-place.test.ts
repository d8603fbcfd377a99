import { describe, expect, it } from 'vitest';
import { blockName, placeOf } from '@/lib/doc/place';
import { h, ol, p, routine } from './doc-fixtures';

const blocks = [
  p('Innledning.'),
  h(2, 'Firma'),
  routine({ id: 'opprette-firma', title: 'Opprette firma' }, ol('Søk først.')),
  p('Alle firma skal registreres med organisasjonsnummer og adresse.'),
  { type: 'horizontalRule' },
];

describe('where a block stands, by its neighbours', () => {
  it('first in the guide', () => {
    expect(placeOf(blocks, 0)).toEqual({ kind: 'start' });
  });

  it('first under a heading: the top of that section', () => {
    expect(placeOf(blocks, 2)).toEqual({ kind: 'sectionTop', section: 'Firma' });
  });

  it('after another block, named by its words', () => {
    expect(placeOf(blocks, 3)).toEqual({ kind: 'after', block: { type: 'routine', text: 'Opprette firma' } });
    expect(placeOf(blocks, 4)).toEqual({
      kind: 'after',
      block: { type: 'paragraph', text: 'Alle firma skal registreres med…' },
    });
  });
});

describe('a block named by its text, not its number', () => {
  it('cuts long text at a word, and names a block without words by its type only', () => {
    expect(blockName(blocks[3])).toEqual({ type: 'paragraph', text: 'Alle firma skal registreres med…' });
    expect(blockName(blocks[4])).toEqual({ type: 'horizontalRule', text: '' });
    expect(blockName({ type: 'mystery', content: [{ type: 'text', text: 'x' }] })).toEqual({
      type: 'other',
      text: 'x',
    });
  });
});
