import fc from 'fast-check';
import type { FrontMatter, GuideDoc, JSONNode, Mark } from '@/lib/doc/types';
import { CALLOUT_KINDS } from '@/lib/doc/types';
import { normalizeFlow } from '@/lib/markdown/normalize';

/**
 * Generated guide documents for the Markdown round-trip property. Text is built from pieces that
 * Markdown and MDX treat specially (emphasis characters, `<Tag>`, `{`, `|`, `[!NOTE]`, bare URLs,
 * `import` at the start of a line, entities) mixed with Norwegian and other Unicode text.
 */

const WORDS = [
  'rutine',
  'Kunde',
  'æøå',
  'ÆØÅ',
  'blåbær',
  'naïve',
  'ĳ',
  '中文',
  '😀',
  'import',
  'export',
  'www.example.com',
  'https://x.no/a?b=1&c=2',
  'kari@example.com',
  '<Note>',
  '</Note>',
  '<Routine id="x">',
  '<br>',
  '<u>',
  '</u>',
  '<!-- c -->',
  '{x}',
  '[!NOTE]',
  '[1]',
  '[^1]',
  '&amp;',
  '&#10;',
  '1.',
  '2)',
  '-',
  '+',
  '#',
  '##',
  '>',
  '---',
  '***',
  '___',
  '```',
  '~~~',
  '==',
  'a_b_c',
  '\\',
  '\\*',
  '\u00a0',
];
const PUNCTUATION = [...'*_`<>{}[]#|!&;:()\'"~=+-.,/@\\$%^?'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', '\t', '\n') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
);

const textArb = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));

const HREFS = [
  'https://example.com/a',
  'https://example.com/path with space',
  'https://example.com/(paren)',
  '../../webtools/learn/install.md',
  '#routine-new-company',
  'mailto:kari@example.com',
  'tel:+4712345678',
  'page<1>.md',
  'a"b',
  '/x?y=1&z=<2>',
  'a|b',
];
const titleArb = fc.option(fc.constantFrom('Tittel', 'a "quoted" title', "it's", 'x)y', 'æøå <b>', 'x | y'), {
  nil: null,
});

const linkArb: fc.Arbitrary<Mark> = fc
  .record({ href: fc.constantFrom(...HREFS), title: titleArb })
  .map(({ href, title }) => ({ type: 'link', attrs: { href, title } }));

const SIMPLE_MARKS = ['bold', 'italic', 'strike', 'underline', 'code'] as const;

const marksArb: fc.Arbitrary<Mark[]> = fc
  .record({
    simple: fc.subarray([...SIMPLE_MARKS]),
    link: fc.option(linkArb, { nil: null, freq: 4 }),
  })
  .map(({ simple, link }) => [...(link ? [link] : []), ...simple.map((type) => ({ type }))]);

const textNodeArb: fc.Arbitrary<JSONNode> = fc
  .record({ text: textArb, marks: marksArb })
  .map(({ text, marks }) => ({ type: 'text', text, marks }));

const imageArb: fc.Arbitrary<JSONNode> = fc
  .record({
    src: fc.constantFrom('https://example.com/a.png', '/media/bilde 1.png', 'img/(x).png', 'img/a|b.png'),
    alt: fc.option(textArb, { nil: null }),
    title: titleArb,
    marks: marksArb.map((marks) => marks.filter((mark) => mark.type !== 'code')),
  })
  .map(({ src, alt, title, marks }) => ({ type: 'image', attrs: { src, alt, title }, marks }));

const inlineArb: fc.Arbitrary<JSONNode[]> = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: textNodeArb },
    { weight: 1, arbitrary: fc.constant<JSONNode>({ type: 'hardBreak' }) },
    { weight: 1, arbitrary: imageArb },
  ),
  { minLength: 0, maxLength: 6 },
);

const paragraphArb = inlineArb.map((content): JSONNode => ({ type: 'paragraph', content }));
const headingArb = fc
  .record({ level: fc.integer({ min: 1, max: 4 }), content: inlineArb })
  .map(({ level, content }): JSONNode => ({ type: 'heading', attrs: { level }, content }));

const codeTextArb = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.oneof(piece, fc.constantFrom('\n', '\n\n', '    indented', '\ttab', '```', '</Note>', '<Note>')), {
      maxLength: 8,
    })
    .map((pieces) => pieces.join('')),
);
const codeBlockArb = fc
  .record({ language: fc.constantFrom(null, 'js', 'c#', 'crmscript', 'objective-c', 'c++'), text: codeTextArb })
  .map(({ language, text }): JSONNode => ({
    type: 'codeBlock',
    attrs: { language },
    content: text ? [{ type: 'text', text }] : [],
  }));

const ALIGNS = [null, 'left', 'center', 'right'] as const;
const tableArb = fc
  .record({ width: fc.integer({ min: 1, max: 3 }), height: fc.integer({ min: 1, max: 3 }) })
  .chain(({ width, height }) =>
    fc.record({
      aligns: fc.array(fc.constantFrom(...ALIGNS), { minLength: width, maxLength: width }),
      cells: fc.array(fc.array(inlineArb, { minLength: width, maxLength: width }), {
        minLength: height,
        maxLength: height,
      }),
    }),
  )
  .map(({ aligns, cells }): JSONNode => ({
    type: 'table',
    content: cells.map((row, rowIndex) => ({
      type: 'tableRow',
      content: row.map((content, column) => ({
        type: rowIndex === 0 ? 'tableHeader' : 'tableCell',
        ...(aligns[column] ? { attrs: { align: aligns[column] } } : {}),
        content: [{ type: 'paragraph', content }],
      })),
    })),
  }));

const attrTextArb = fc.oneof(
  fc.constant(''),
  textArb,
  fc.constantFrom('Salgssjef', 'Kari "KK" Nordmann', 'a & b <c>', 'line\nbreak'),
);

const blockArbs = fc.letrec<{ block: JSONNode; blocks: JSONNode[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    { weight: 6, arbitrary: paragraphArb },
    { weight: 2, arbitrary: headingArb },
    { weight: 1, arbitrary: codeBlockArb },
    { weight: 1, arbitrary: fc.constant<JSONNode>({ type: 'horizontalRule' }) },
    { weight: 1, arbitrary: tableArb },
    { weight: 1, arbitrary: tie('blocks').map((content): JSONNode => ({ type: 'blockquote', content })) },
    {
      weight: 2,
      arbitrary: fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }).map((items): JSONNode => ({
        type: 'bulletList',
        content: items.map((content) => ({ type: 'listItem', content })),
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          start: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 1000 })),
          items: fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }),
        })
        .map(({ start, items }): JSONNode => ({
          type: 'orderedList',
          attrs: { start },
          content: items.map((content) => ({ type: 'listItem', content })),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ kind: fc.constantFrom(...CALLOUT_KINDS), content: tie('blocks') })
        .map(({ kind, content }): JSONNode => ({ type: 'callout', attrs: { kind }, content })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          id: fc.constantFrom('new-company', 'r', 'follow-up-2'),
          title: attrTextArb,
          what: attrTextArb,
          owner: attrTextArb,
          ownerEmail: fc.constantFrom(null, 'kari@example.com', 'o.hansen+crm@firma.no'),
          reviewBy: fc.constantFrom(null, '2027-03-01', '2026-12-31'),
          content: fc.oneof(tie('blocks'), fc.constant<JSONNode[]>([])),
        })
        .map(({ content, ...attrs }): JSONNode => ({ type: 'routine', attrs, content })),
    },
  ),
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 4 }),
}));

/** Routine ids must be unique in a guide; the generated ones are made so in document order. */
function uniqueRoutineIds(nodes: JSONNode[]): void {
  const used = new Set<string>();
  const visit = (node: JSONNode) => {
    if (node.type === 'routine' && node.attrs) {
      let id = String(node.attrs.id);
      for (let n = 2; used.has(id); n++) id = `${node.attrs.id}-${n}`;
      used.add(id);
      node.attrs.id = id;
    }
    node.content?.forEach(visit);
  };
  nodes.forEach(visit);
}

/**
 * GFM removes one backslash before each `|` in a table cell, inside code spans too, so code with an
 * odd run of backslashes before a `|` cannot be written in a table (import never produces it;
 * export keeps such text as plain text). Generated cells get an even run instead.
 */
function representableCellCode(nodes: JSONNode[], inCell = false): void {
  for (const node of nodes) {
    const cell = inCell || node.type === 'tableCell' || node.type === 'tableHeader';
    if (cell && node.type === 'text' && node.marks?.some((mark) => mark.type === 'code')) {
      node.text = (node.text ?? '').replace(/(\\+)\|/g, (match, slashes: string) =>
        slashes.length % 2 === 1 ? `${slashes}\\|` : match,
      );
    }
    representableCellCode(node.content ?? [], cell);
  }
}

/**
 * A document in the form import produces. The raw generated blocks go through the importer's own
 * normalizer (merge neighbouring text with equal marks, soft breaks as spaces, trim paragraph
 * edges, code mark alone, empty paragraphs only where required) — the same last step every
 * imported document goes through.
 */
export const guideDocArb: fc.Arbitrary<GuideDoc> = fc.array(blockArbs.block, { maxLength: 6 }).map((blocks) => {
  const content = normalizeFlow(blocks, true);
  uniqueRoutineIds(content);
  representableCellCode(content);
  return { type: 'doc', content };
});

const yamlKeyArb = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,11}$/);
const yamlScalarArb = fc.oneof(
  textArb,
  fc.constantFrom('02.21.2023', '2023-02-21', 'yes', 'null', '---', 'a: b', '# not a comment', 'help-no-admin-onboard'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
export const frontMatterArb: fc.Arbitrary<FrontMatter> = fc.dictionary(
  yamlKeyArb,
  fc.oneof(
    { weight: 4, arbitrary: yamlScalarArb },
    { weight: 1, arbitrary: fc.array(yamlScalarArb, { maxLength: 3 }) },
  ),
  { maxKeys: 5 },
);

const SOURCE_PIECES = [
  '# ',
  '##### ',
  '- ',
  '* ',
  '1. ',
  '3) ',
  '> ',
  '> [!TIP]\n> ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '```js\n',
  '\n```\n',
  '~~~\n',
  '---\n',
  '***',
  '| a | b |\n| - | :-: |\n| ',
  ' | ',
  '*',
  '**',
  '_',
  '~~',
  '`',
  '[link](https://example.com "t")',
  '[ref][1]',
  '[1]: https://example.com/ref\n',
  '![bilde](/media/a.png)',
  '![ref][img]',
  '[img]: ../b.png "B"\n',
  '<https://example.com>',
  'https://bare.example.com',
  '<br>',
  '<br />',
  '<u>',
  '</u>',
  '<Note>',
  '</Note>',
  '<Tip>\n',
  '\n</Tip>\n',
  '<Warning>Kort</Warning>',
  '<Routine id="ny-kunde" title="Ny kunde" what="Firmakort" owner="Salg">\n\n',
  '\n\n</Routine>\n',
  '<Routine title="Uten id">',
  '</Routine>',
  '<Card title="x">',
  '</Card>',
  '<Icon name="y" />',
  '<i class="ph"></i>',
  '<div>\n',
  '</div>',
  '<!-- kommentar -->',
  '{expr}',
  '{',
  '}',
  'import X from "./x.md";\n',
  '[^1]',
  '[^1]: fotnote\n',
  '- [ ] oppgave\n',
  '\\',
  '&amp;',
  '&#x20;',
  'tekst',
  'æøå',
  'Ære',
  ' ',
];

const tokenSoupArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SOURCE_PIECES) }, { weight: 1, arbitrary: textArb }), {
    maxLength: 30,
  })
  .map((pieces) => pieces.join(''));

const lineArb = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...SOURCE_PIECES.filter((p) => !p.includes('\n'))) },
      { weight: 3, arbitrary: textArb },
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((pieces) => pieces.join('').replace(/\n/g, ' '));

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

const OPEN_TAGS = [
  '<Note>',
  '<tip>',
  '<Warning>',
  '<Caution title="x">',
  '<Important>',
  '<Info>',
  '<Routine id="ny-kunde" title="Ny kunde" what="Firmakort" owner="Salg" owner-email="kari@example.com" review-by="2027-03-01">',
  '<Routine title="Uten id &amp; &quot;sitat&quot;" what=\'x\' owner="Salg">',
  '<Routine id="Ugyldig Id" title="T">',
  '<Card title="x">',
  '<div class="x">',
];

/** Block-structured Markdown: components around blocks, lists, quotes, tables, code, HTML. */
const blockSourceArb = fc.letrec<{ block: string; blocks: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    { weight: 4, arbitrary: lineArb },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '#### ', '###### '), lineArb).map(([h, l]) => h + l),
    },
    { weight: 1, arbitrary: fc.tuple(lineArb, lineArb).map(([a, b]) => `| ${a} | x |\n| :- | -: |\n| ${b} | y | z |`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('```', '```crmscript!', '~~~ js title="a"'), lineArb)
        .map(([f, l]) => `${f}\n${l}\n${f.slice(0, 3)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<!-- kommentar -->',
        '<br>',
        '<br />',
        '***',
        '---',
        '<Icon name="y" />',
        'import A from "./a.md";',
        '{/* c */}',
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '1. ', '2) '),
          fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }),
          fc.boolean(),
        )
        .map(([marker, items, loose]) =>
          items
            .map((item) => marker + indent(item, ' '.repeat(marker.length)).slice(marker.length))
            .join(loose ? '\n\n' : '\n'),
        ),
    },
    { weight: 1, arbitrary: tie('blocks').map((inner) => indent(inner, '> ')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('NOTE', 'tip', 'WARNING'), tie('blocks'))
        .map(([k, inner]) => indent(`[!${k}]\n${inner}`, '> ')),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...OPEN_TAGS),
          tie('blocks'),
          fc.constantFrom('\n', '\n\n'),
          fc.constantFrom('', '  '),
          fc.boolean(),
        )
        .map(([open, inner, gap, pad, closed]) => {
          const name = /^<(\w+)/.exec(open)?.[1] ?? 'Note';
          return `${open}${gap}${indent(inner, pad)}${closed ? `${gap}</${name}>` : ''}`;
        }),
    },
  ),
  blocks: fc
    .tuple(fc.array(tie('block'), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\n\n'))
    .map(([blocks, gap]) => blocks.join(gap)),
}));

const frontMatterSourceArb = fc.constantFrom(
  '',
  '---\ntitle: Tittel\nlanguage: no\n---\n',
  '---\n---\n',
  '---\n- a\n---\n',
  '---\nbad: [\n---\n',
);

/** Markdown-ish source text: every import must read it, and its result must round-trip. */
export const markdownSourceArb = fc.oneof(
  tokenSoupArb,
  fc.tuple(frontMatterSourceArb, blockSourceArb.blocks).map(([front, body]) => front + body),
);
