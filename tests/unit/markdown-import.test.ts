import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../helpers/shared';
import { importMarkdown, MarkdownImportError } from '@/lib/markdown';
import { english } from '../helpers/reasons';
import type { JSONNode } from '@/lib/doc/types';

const text = (value: string, marks?: JSONNode['marks']): JSONNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONNode[]): JSONNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const link = (href: string, title: string | null = null) => ({ type: 'link' as const, attrs: { href, title } });

function content(source: string, fileName?: string): JSONNode[] {
  return importMarkdown(source, { fileName }).doc.content;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('importMarkdown: front matter', () => {
  test('YAML front matter is kept as metadata and not shown in the document', () => {
    const result = importMarkdown('---\ntitle: Oversikt\nversion: 10\ntags: [a, b]\n---\n# Hei\n');
    expect(result.frontMatter).toEqual({ title: 'Oversikt', version: 10, tags: ['a', 'b'] });
    expect(result.doc.content).toEqual([{ type: 'heading', attrs: { level: 1 }, content: [text('Hei')] }]);
  });

  test('a file without front matter has empty metadata', () => {
    expect(importMarkdown('Tekst').frontMatter).toEqual({});
  });

  test('malformed front matter stops the import with the line to fix', () => {
    const error = thrown(() => importMarkdown('---\ntitle: Oversikt\ntags: [a, b\n---\nTekst'));
    expect(error).toBeInstanceOf(MarkdownImportError);
    expect(english((error as MarkdownImportError).reason)).toMatch(/^Line \d+: The front matter is not valid YAML/);
    expect((error as MarkdownImportError).line).toBeGreaterThanOrEqual(3);

    const duplicate = thrown(() => importMarkdown('---\ntitle: a\ntitle: b\n---\n')) as MarkdownImportError;
    expect(duplicate.line).toBe(3);
    expect(english(duplicate.reason)).toContain('Line 3:');
  });

  test('front matter that is not name/value pairs is left out with a warning', () => {
    const result = importMarkdown('---\n- a\n- b\n---\nTekst');
    expect(result.frontMatter).toEqual({});
    expect(result.warnings.map(english)).toEqual([expect.stringMatching(/^Line 1: The front matter is not/)]);
  });
});

describe('importMarkdown: Markdown', () => {
  test('reference-style links and images are inlined and their definitions removed', () => {
    const source = 'Les [mer][1] og ![skjerm][img].\n\n[1]: https://example.com/a "Tittel"\n[img]: /media/a.png\n';
    expect(content(source)).toEqual([
      paragraph(
        text('Les '),
        text('mer', [link('https://example.com/a', 'Tittel')]),
        text(' og '),
        { type: 'image', attrs: { src: '/media/a.png', alt: 'skjerm', title: null } },
        text('.'),
      ),
    ]);
  });

  test('headings keep their level; levels 5 and 6 become 4', () => {
    expect(content('# A\n\n### C\n\n##### E\n\n###### F')).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('A')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('C')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('E')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('F')] },
    ]);
  });

  test('emphasis, strong, strike, inline code, links with titles, images and hard breaks', () => {
    const source = '*i* **b** ~~s~~ `c` [l](https://x.no "T") ![alt](/a.png "Bilde")\\\nneste linje';
    expect(content(source)).toEqual([
      paragraph(
        text('i', [{ type: 'italic' }]),
        text(' '),
        text('b', [{ type: 'bold' }]),
        text(' '),
        text('s', [{ type: 'strike' }]),
        text(' '),
        text('c', [{ type: 'code' }]),
        text(' '),
        text('l', [link('https://x.no', 'T')]),
        text(' '),
        { type: 'image', attrs: { src: '/a.png', alt: 'alt', title: 'Bilde' } },
        { type: 'hardBreak' },
        text('neste linje'),
      ),
    ]);
  });

  test('soft line breaks become spaces and neighbouring text with the same marks is merged', () => {
    expect(content('en\nto **tre\nfire**')).toEqual([paragraph(text('en to '), text('tre fire', [{ type: 'bold' }]))]);
  });

  test('code inside a link keeps the link (the code style cannot be combined with it); bold code is code', () => {
    expect(content('[`NSSale`](./sale) og **`x`**')).toEqual([
      paragraph(text('NSSale', [link('./sale')]), text(' og '), text('x', [{ type: 'code' }])),
    ]);
  });

  test('nested bullet and ordered lists keep their structure and start number', () => {
    const source = '3. Tre\n   - a\n   - b\n\n     1. dypt\n4. Fire';
    const item = (...blocks: JSONNode[]): JSONNode => ({ type: 'listItem', content: blocks });
    expect(content(source)).toEqual([
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          item(paragraph(text('Tre')), {
            type: 'bulletList',
            content: [
              item(paragraph(text('a'))),
              item(paragraph(text('b')), {
                type: 'orderedList',
                attrs: { start: 1 },
                content: [item(paragraph(text('dypt')))],
              }),
            ],
          }),
          item(paragraph(text('Fire'))),
        ],
      },
    ]);
  });

  test('a list item that starts with a block gets the empty first paragraph the editor needs', () => {
    expect(content('- ```js\n  x\n  ```')).toEqual([
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [paragraph(), { type: 'codeBlock', attrs: { language: 'js' }, content: [text('x')] }],
          },
        ],
      },
    ]);
  });

  test('GFM tables: the first row is header cells, every cell a paragraph, alignment kept, short rows filled', () => {
    const [table] = content('| Navn | Antall |\n| :--- | ---: |\n| **a** | 1 |\n| b |');
    const cell = (type: string, align: string, ...inline: JSONNode[]): JSONNode => ({
      type,
      attrs: { align },
      content: [paragraph(...inline)],
    });
    expect(table).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'left', text('Navn')), cell('tableHeader', 'right', text('Antall'))],
        },
        {
          type: 'tableRow',
          content: [cell('tableCell', 'left', text('a', [{ type: 'bold' }])), cell('tableCell', 'right', text('1'))],
        },
        { type: 'tableRow', content: [cell('tableCell', 'left', text('b')), cell('tableCell', 'right')] },
      ],
    });
  });

  test('blockquotes, code blocks with language, and thematic breaks', () => {
    expect(content('> sitat\n\n```crmscript\nprint("x");\n```\n\n***')).toEqual([
      { type: 'blockquote', content: [paragraph(text('sitat'))] },
      { type: 'codeBlock', attrs: { language: 'crmscript' }, content: [text('print("x");')] },
      { type: 'horizontalRule' },
    ]);
  });

  test('bare URLs stay text (no address is made up); written links become links', () => {
    expect(content('Se https://example.com og www.example.no')).toEqual([
      paragraph(text('Se https://example.com og www.example.no')),
    ]);
    expect(content('Se <https://example.com>', 'a.md')).toEqual([
      paragraph(text('Se '), text('https://example.com', [link('https://example.com')])),
    ]);
  });

  test('an empty file is a document with one empty paragraph; BOM and CRLF are handled', () => {
    expect(content('')).toEqual([paragraph()]);
    expect(importMarkdown('\uFEFF---\r\ntitle: A\r\n---\r\nen\r\nto').doc.content).toEqual([paragraph(text('en to'))]);
  });
});

describe('importMarkdown: callouts', () => {
  test('<Note>, <Tip>, <Important>, <Warning> and <Caution> become callouts, case-insensitively', () => {
    const source = ['Note', 'tip', 'IMPORTANT', 'Warning', 'Caution']
      .map((tag) => `<${tag}>\n**${tag}** tekst\n</${tag}>`)
      .join('\n\n');
    const kinds = content(source).map((node) => [node.type, node.attrs?.kind]);
    expect(kinds).toEqual([
      ['callout', 'note'],
      ['callout', 'tip'],
      ['callout', 'important'],
      ['callout', 'warning'],
      ['callout', 'caution'],
    ]);
  });

  test('the same callouts are read from a .md file, where they are HTML', () => {
    const source =
      '1. Steg\n   <Note>\n   Husk [lenken][1].\n   </Note>\n\n<Tip>\n\n- a\n\n</Tip>\n\n[1]: https://x.no';
    expect(content(source, 'side.md')).toEqual([
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text('Steg')),
              {
                type: 'callout',
                attrs: { kind: 'note' },
                content: [paragraph(text('Husk '), text('lenken', [link('https://x.no')]), text('.'))],
              },
            ],
          },
        ],
      },
      {
        type: 'callout',
        attrs: { kind: 'tip' },
        content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('a'))] }] }],
      },
    ]);
  });

  test('a one-line <Tip>…</Tip>, the aliases <Info>/<Danger>, and > [!WARNING] alerts are callouts', () => {
    expect(content('<Tip>Kort **tips**</Tip>')).toEqual([
      {
        type: 'callout',
        attrs: { kind: 'tip' },
        content: [paragraph(text('Kort '), text('tips', [{ type: 'bold' }]))],
      },
    ]);
    expect(content('<Info>\ni\n</Info>\n\n<Danger>\nd\n</Danger>').map((node) => node.attrs?.kind)).toEqual([
      'note',
      'caution',
    ]);
    expect(content('> [!WARNING]\n> Pass på')).toEqual([
      { type: 'callout', attrs: { kind: 'warning' }, content: [paragraph(text('Pass på'))] },
    ]);
  });

  test('a file that is not valid MDX is still read, callouts included, with a warning naming the line', () => {
    const result = importMarkdown('## Svar {#reply}\n\n<Note>\nNoe å merke seg.\n</Note>', { fileName: 'side.mdx' });
    expect(result.doc.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Svar {#reply}')] },
      { type: 'callout', attrs: { kind: 'note' }, content: [paragraph(text('Noe å merke seg.'))] },
    ]);
    expect(result.warnings.map(english)).toEqual([expect.stringMatching(/^Line 1: Not valid MDX/)]);
  });
});

describe('importMarkdown: routines', () => {
  test('<Routine> attributes become the routine fields and its content the steps', () => {
    const source =
      '<Routine id="new-company" title="Registrere nytt firma" what="Firmakort" owner="Salgssjef" owner-email="kari@example.com" review-by="2027-03-01">\n\n1. Søk først.\n2. Registrer.\n\n</Routine>';
    const [routine] = content(source);
    expect(routine.attrs).toEqual({
      id: 'new-company',
      title: 'Registrere nytt firma',
      what: 'Firmakort',
      owner: 'Salgssjef',
      ownerEmail: 'kari@example.com',
      reviewBy: '2027-03-01',
    });
    expect(routine.content?.[0].type).toBe('orderedList');
    expect(routine.content?.[0].content).toHaveLength(2);
  });

  test('the same routine is read from a .md file, with character references in attributes decoded', () => {
    const source = '<Routine id="a" title="Kari &amp; &quot;Ola&quot;" owner="Salg">\n\nTekst\n\n</Routine>';
    expect(content(source, 'side.md')).toEqual([
      {
        type: 'routine',
        attrs: { id: 'a', title: 'Kari & "Ola"', what: '', owner: 'Salg', ownerEmail: null, reviewBy: null },
        content: [paragraph(text('Tekst'))],
      },
    ]);
  });

  test('a missing id is made from the title; duplicates get -2; bad ids are replaced with a warning', () => {
    const source = [
      '<Routine title="Før møtet – ny kunde">\nA\n</Routine>',
      '<Routine title="Før møtet – ny kunde">\nB\n</Routine>',
      '<Routine id="Ny Kunde" title="x">\nC\n</Routine>',
      '<Routine id="fast" title="y">\nD\n</Routine>',
      '<Routine id="fast" title="z">\nE\n</Routine>',
    ].join('\n\n');
    const result = importMarkdown(source);
    expect(result.doc.content.map((node) => node.attrs?.id)).toEqual([
      'for-motet-ny-kunde',
      'for-motet-ny-kunde-2',
      'ny-kunde',
      'fast',
      'fast-2',
    ]);
    expect(result.warnings.map(english)).toEqual([
      expect.stringMatching(/^Line 9: Routine id "Ny Kunde" is not allowed/),
      expect.stringMatching(/^Line 17: Two routines have the id "fast"/),
    ]);
  });

  test('an empty routine holds one empty paragraph; unknown attributes are reported', () => {
    const result = importMarkdown('<Routine id="tom" title="Tom" color="red"></Routine>');
    expect(result.doc.content).toEqual([
      {
        type: 'routine',
        attrs: { id: 'tom', title: 'Tom', what: '', owner: '', ownerEmail: null, reviewBy: null },
        content: [paragraph()],
      },
    ]);
    expect(result.warnings.map(english)).toEqual(['Line 1: <Routine> attribute "color" is not known and was left out']);
  });
});

describe('importMarkdown: what the guide cannot hold is kept as text', () => {
  test('an unknown MDX component keeps its text (a card its title), never its markup, with one warning per tag', () => {
    const result = importMarkdown(
      'Tekst\n\n<Login />\n\n<Card title="Kort">\n\n- punkt\n\n</Card>\n\n<Card title="Neste">\n\nMer\n\n</Card>',
    );
    expect(result.doc.content).toEqual([
      paragraph(text('Tekst')),
      paragraph(text('Kort', [{ type: 'bold' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('punkt'))] }] },
      paragraph(text('Neste', [{ type: 'bold' }])),
      paragraph(text('Mer')),
    ]);
    expect(result.warnings.map(english)).toEqual([
      'Line 3: <Login> is not a guide element: its markup was left out and its text and links kept (1 time)',
      'Line 5: <Card> is not a guide element: its markup was left out and its text and links kept (2 times)',
    ]);
  });

  test('HTML elements in MDX (the link lists of an index page) become paragraphs, lists, headings and links', () => {
    const source = [
      '<div id="subcategory">',
      '',
      '<h1>E-post</h1>',
      '',
      '<div className="linklist">',
      '  <div className="linklist-header">',
      '    <Icon icon="compass" />',
      '    <span>Konsept</span>',
      '  </div>',
      '  <ul>',
      '    <li><a href="https://x.no/a">Første</a></li>',
      '    <li>Andre <b>fet</b> <i class="ph ph-gear"></i></li>',
      '  </ul>',
      '</div>',
      '',
      '</div>',
    ].join('\n');
    expect(content(source)).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('E-post')] },
      paragraph(text('Konsept')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Første', [link('https://x.no/a')]))] },
          { type: 'listItem', content: [paragraph(text('Andre '), text('fet', [{ type: 'bold' }]))] },
        ],
      },
    ]);
  });

  test('import statements and expressions are kept as text with warnings', () => {
    const mdx = importMarkdown('import A from "./a.md";\n\nVerdi {1 + 1} og <i class="ph">ikon</i>.');
    expect(mdx.doc.content).toEqual([
      paragraph(text('import A from "./a.md";')),
      paragraph(text('Verdi {1 + 1} og '), text('ikon', [{ type: 'italic' }]), text('.')),
    ]);
    expect(mdx.warnings.map(english)).toEqual([
      expect.stringMatching(/^Line 1: MDX import\/export/),
      expect.stringMatching(/^Line 3: MDX expression \{1 \+ 1\}/),
    ]);
  });

  test('in plain Markdown, comments are dropped, HTML keeps its text and links, footnotes are kept as text', () => {
    const md = importMarkdown(
      [
        'Tekst[^1] <!-- merknad -->',
        '',
        '<!-- Referanser -->',
        '',
        '<div class="x">',
        '<b>fet</b> og <a href="https://x.no">lenke</a>',
        '</div>',
        '',
        '<div>',
        '',
        'Inne i en div',
        '',
        '</div>',
        '',
        '<p>Første<br>andre <a href="https://y.no">lenke</a>',
        '',
        '[^1]: Fotnote.',
      ].join('\n'),
      { fileName: 'a.md' },
    );
    expect(md.doc.content).toEqual([
      paragraph(text('Tekst[^1]')),
      paragraph(text('fet', [{ type: 'bold' }]), text(' og '), text('lenke', [link('https://x.no')])),
      paragraph(text('Inne i en div')),
      paragraph(text('Første'), { type: 'hardBreak' }, text('andre '), text('lenke', [link('https://y.no')])),
      paragraph(text('[^1]:')),
      paragraph(text('Fotnote.')),
    ]);
    expect(md.warnings.map(english)).toEqual([
      'Line 1: Footnote reference [^1] kept as text',
      'Line 5: <div> is not a guide element: its markup was left out and its text and links kept (2 times)',
      expect.stringMatching(/^Line 15: HTML "<p>Første<br>andre .*" is not well-formed; its tags were left out/),
      'Line 17: Footnote [^1] kept as text',
    ]);
    const shown = JSON.stringify(md.doc);
    expect(shown).not.toMatch(/<\/?[a-z!]/i);
  });

  test('<u> is underline and <br> a line break, in MDX and in plain Markdown', () => {
    const expected = [paragraph(text('a '), text('under', [{ type: 'underline' }]), { type: 'hardBreak' }, text('b'))];
    expect(content('a <u>under</u><br />b')).toEqual(expected);
    expect(content('a <u>under</u><br>b', 'a.md')).toEqual(expected);
  });
});

describe('importMarkdown: addresses that cannot resolve', () => {
  test('relative links and images are listed with their lines; absolute ones and anchors of the guide are not', () => {
    const result = importMarkdown(
      [
        '## Her',
        '',
        '[a](../a.md) og [b](/en/side) og [c](#mangler) og [d](#h-her)',
        '',
        '![bilde](bilde.png) ![nett](https://x.no/b.png) [e](https://x.no) [f](mailto:a@x.no)',
        '',
        '<a href="andre.md">g</a>',
      ].join('\n'),
    );
    expect(result.warnings.map(english)).toEqual([
      expect.stringMatching(/^Line 3: Link "..\/a.md" points to a page or file next to the original/),
      expect.stringMatching(/^Line 3: Link "\/en\/side" points to a page or file/),
      'Line 3: Link "#mangler" points to a place that is not in this guide',
      expect.stringMatching(/^Line 5: Image "bilde.png" is a file next to the original page/),
      expect.stringMatching(/^Line 7: Link "andre.md" points to a page or file/),
    ]);
  });
});

describe('importMarkdown: the corpus index page', () => {
  test('en_email_index.mdx: no markup is left in the text, every link is kept, and each unresolved link is listed', () => {
    const source = fs.readFileSync(path.join(sharedDir(), 'corpus', 'en_email_index.mdx'), 'utf8');
    const result = importMarkdown(source, { fileName: 'en_email_index.mdx' });
    const texts = (node: JSONNode): JSONNode[] => (node.type === 'text' ? [node] : (node.content ?? []).flatMap(texts));
    const all = texts(result.doc);
    expect(all.filter((node) => /<\/?[A-Za-z]/.test(node.text ?? ''))).toEqual([]);
    const hrefs = all.flatMap((node) =>
      (node.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.attrs.href] : [])),
    );
    const written = [...source.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    expect(hrefs).toEqual(written);
    expect(all.map((node) => node.text)).toEqual(expect.arrayContaining(['Introduction', 'Concept', 'How-to guide']));
    const keys = result.warnings.map((warning) => warning.key);
    expect(keys.filter((key) => key === 'import.unresolvedLink')).toHaveLength(written.length);
    expect(result.warnings.filter((warning) => warning.key === 'import.unwrapped').map((w) => w.values.tag)).toEqual([
      '<div>',
      '<Columns>',
      '<Card>',
      '<Icon>',
      '<span>',
    ]);
  });
});
