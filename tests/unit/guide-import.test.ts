import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { blockPlainText } from '@/lib/doc/text';
import { prepareImport } from '@/lib/guide-import';
import { importPreview } from '@/lib/import-preview';
import { sharedDir } from '../helpers/shared';

const SEED = fs.readFileSync(path.join(sharedDir(), 'seed', 'onboard-users.no.md'), 'utf8');

function ok(prepared: ReturnType<typeof prepareImport>) {
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  return prepared;
}

describe('prepareImport: the title', () => {
  test('the seed article offers its front matter title, its first heading and its file name', () => {
    const prepared = ok(prepareImport(SEED, 'onboard-users.no.md'));
    expect(prepared.titles).toEqual([
      { source: 'frontMatter', title: 'Oversikt' },
      { source: 'heading', title: 'Få brukerne dine med på laget' },
      { source: 'fileName', title: 'onboard-users.no' },
    ]);
    // By default the front matter title, and the different first heading stays in the text.
    expect(prepared.title).toBe('Oversikt');
    expect(blockPlainText(prepared.doc.content[0])).toBe('Få brukerne dine med på laget');
  });

  test('choosing the first heading makes it the title and takes it out of the text', () => {
    const prepared = ok(prepareImport(SEED, 'onboard-users.no.md', { titleFrom: 'heading' }));
    expect(prepared.title).toBe('Få brukerne dine med på laget');
    expect(prepared.doc.content[0]).not.toMatchObject({ type: 'heading', attrs: { level: 1 } });
  });

  test('the same text is offered once, and a title the file does not have is refused', () => {
    const prepared = ok(prepareImport('---\ntitle: Hei\n---\n# Hei\n\nTekst', 'Hei.md'));
    expect(prepared.titles.map((candidate) => candidate.source)).toEqual(['frontMatter']);
    expect(prepareImport('Tekst', 'a.md', { titleFrom: 'heading' })).toEqual({
      ok: false,
      error: { key: 'import.noSuchTitle', values: {}, line: null },
    });
  });

  test('the preview lists the routines, the sections and every warning, worded', () => {
    const source = '# Rutiner\n\n## Salg\n\n<Routine id="ny" title="Ny kunde">\n\nSteg\n\n</Routine>\n\n[a](../a.md)';
    const preview = importPreview(ok(prepareImport(source, 'r.mdx')), 'r.mdx', (warning) => warning.key);
    expect(preview).toEqual({
      fileName: 'r.mdx',
      titles: [
        { source: 'heading', title: 'Rutiner' },
        { source: 'fileName', title: 'r' },
      ],
      routines: ['Ny kunde'],
      sections: ['Salg'],
      warnings: ['import.unresolvedLink'],
    });
  });
});
