import { describe, expect, it } from 'vitest';
import { isRoutineId, listRoutines, newRoutineId, slugify } from '@/lib/doc/routines';
import { callout, doc, fullGuide, image, ol, p, routine, text } from './doc-fixtures';

describe('newRoutineId', () => {
  it.each([
    ['Registrere nytt firma', 'registrere-nytt-firma'],
    ['Før møtet: Åpne kundekortet', 'for-motet-apne-kundekortet'],
    ['Ærlig talt', 'aerlig-talt'],
    ['Straße & Größe', 'strasse-grosse'],
    ['Café résumé', 'cafe-resume'],
    ['  --Nytt  salg!!-- ', 'nytt-salg'],
    ['Salg 2026/27', 'salg-2026-27'],
  ])('%j -> %j', (title, id) => {
    expect(newRoutineId(title, [])).toBe(id);
    expect(isRoutineId(id)).toBe(true);
  });

  it('falls back to "routine" for a title with no letters or digits', () => {
    expect(newRoutineId('', [])).toBe('routine');
    expect(newRoutineId('!!! ???', ['routine'])).toBe('routine-2');
    expect(newRoutineId('日本語', [])).toBe('routine');
  });

  it('adds -2, -3 ... until the id is free', () => {
    expect(newRoutineId('Nytt firma', ['nytt-firma'])).toBe('nytt-firma-2');
    expect(newRoutineId('Nytt firma', new Set(['nytt-firma', 'nytt-firma-2']))).toBe('nytt-firma-3');
  });

  it('keeps long titles to a valid, bounded id', () => {
    const id = newRoutineId('Registrere '.repeat(20), []);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(isRoutineId(id)).toBe(true);
    expect(isRoutineId(newRoutineId('Registrere '.repeat(20), [id]))).toBe(true);
  });

  it('slugify may return an empty string; ids never are', () => {
    expect(slugify('—')).toBe('');
  });
});

describe('listRoutines', () => {
  it('gives the attributes and the plain text of every routine', () => {
    expect(listRoutines(fullGuide())).toEqual([
      {
        id: 'nytt-firma',
        title: 'Registrere nytt firma',
        what: 'Firmakort',
        owner: 'Salgssjef',
        ownerEmail: 'kari@example.com',
        reviewBy: '2027-03-01',
        text: 'Søk først, for å unngå duplikater.\nFyll inn org.nr.\nPunkt',
      },
    ]);
  });

  it('includes routines inside callouts and other routines, with image alt text and line breaks', () => {
    const guide = doc(
      callout(
        'note',
        routine(
          { id: 'a', title: 'A' },
          p('Trykk ', text('Lagre', [{ type: 'bold' }]), { type: 'hardBreak' }, 'så ', image('/s.png', 'knappen')),
        ),
      ),
      routine({ id: 'b', title: 'B' }, ol('En'), routine({ id: 'c', title: 'C' }, p('Indre'))),
    );
    const found = listRoutines(guide);
    expect(found.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(found[0].text).toBe('Trykk Lagre\nså knappen');
    expect(found[1].text).toBe('En\nIndre');
    expect(found[2]).toMatchObject({ ownerEmail: null, reviewBy: null, text: 'Indre' });
  });

  it('returns nothing for a guide without routines', () => {
    expect(listRoutines(doc(p('Bare tekst')))).toEqual([]);
  });
});
