import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { richText } from '@/lib/diff/text';
import { blockLines, blockPlainText } from '@/lib/doc/text';
import type { JSONNode } from '@/lib/doc/types';
import { importMarkdown } from '@/lib/markdown';
import { arbDoc } from './diff-arbitraries';
import { guideDocArb } from './markdown-arbitraries';

function firstBlock(markdown: string) {
  return importMarkdown(markdown).doc.content[0];
}

describe('blockPlainText', () => {
  test('a paragraph: text without marks, a hard break as a newline, an image as its alt text', () => {
    expect(blockPlainText(firstBlock('Trykk **Lagre** i [menyen](/m)\\\nså ![knappen Lagre](/a.png).'))).toBe(
      'Trykk Lagre i menyen\nså knappen Lagre.',
    );
  });

  test('lists, callouts and routines: each child block on its own line', () => {
    expect(blockPlainText(firstBlock('1. Søk\n2. Registrer\n   - firma\n   - person'))).toBe(
      'Søk\nRegistrer\nfirma\nperson',
    );
    expect(
      blockPlainText(firstBlock('<Routine id="r" title="Tittel">\n\nFørst\n\n<Note>\nMerk\n</Note>\n\n</Routine>')),
    ).toBe('Først\nMerk');
  });

  test('a table: one line per cell; a code block: its text', () => {
    expect(blockPlainText(firstBlock('| a | b |\n| - | - |\n| 1 | 2 |'))).toBe('a\nb\n1\n2');
    expect(blockPlainText(firstBlock('```js\nlet x = 1;\nx++;\n```'))).toBe('let x = 1;\nx++;');
  });

  test('an empty paragraph has no text', () => {
    expect(blockPlainText({ type: 'paragraph' })).toBe('');
  });
});

test('the diff engine reads the same text as search and Markdown, blank child blocks left out', () => {
  const list = {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [{ type: 'paragraph' }] },
      { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
    ],
  };
  const callout = {
    type: 'callout',
    attrs: { kind: 'note' },
    content: [
      { type: 'paragraph' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'b', marks: [{ type: 'bold' as const }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'c' },
        ],
      },
    ],
  };
  for (const node of [list, callout]) expect(richText(node).text).toBe(blockPlainText(node));
  expect(blockPlainText(list)).toBe('a');
  expect(blockPlainText(callout)).toBe('b\nc');
});

const text = (value: string, link?: string): JSONNode =>
  link
    ? { type: 'text', text: value, marks: [{ type: 'link', attrs: { href: link } }] }
    : { type: 'text', text: value };
const paragraph = (...content: JSONNode[]): JSONNode =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };

test('a numbered list with a blank step inside a table cell, beside a screenshot: lines, text and formatting agree', () => {
  const table: JSONNode = {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: [
          { type: 'tableHeader', content: [paragraph(text('Steg'))] },
          { type: 'tableHeader', content: [paragraph(text('Merk'))] },
        ],
      },
      {
        type: 'tableRow',
        content: [
          {
            type: 'tableCell',
            content: [
              paragraph(),
              {
                type: 'orderedList',
                attrs: { start: 1 },
                content: [
                  { type: 'listItem', content: [paragraph(text('Søk'))] },
                  { type: 'listItem', content: [paragraph(text('  '))] },
                  {
                    type: 'listItem',
                    content: [paragraph(text('Lagre', '/m'), { type: 'hardBreak' }, text('til slutt'))],
                  },
                ],
              },
            ],
          },
          {
            type: 'tableCell',
            content: [paragraph({ type: 'image', attrs: { src: '/lagre.png', alt: 'knappen Lagre', title: null } })],
          },
        ],
      },
    ],
  };
  const plain = 'Steg\nMerk\nSøk\nLagre\ntil slutt\nknappen Lagre';
  expect(blockPlainText(table)).toBe(plain);
  const cell = (row: number, col: number, header = false) => ({ row, col, header });
  expect(blockLines(table)).toEqual([
    { marker: '', lists: 0, ...cell(0, 0, true) },
    { marker: '', lists: 0, ...cell(0, 1, true) },
    { marker: '1.', lists: 1, ...cell(1, 0) },
    // The blank second step is left out of the text, but the reader still sees it numbered 2.
    { marker: '3.', lists: 1, ...cell(1, 0) },
    { marker: '', lists: 1, ...cell(1, 0) },
    { marker: '', lists: 0, ...cell(1, 1) },
  ]);
  const at = (part: string) => plain.indexOf(part) + part.length;
  expect(richText(table)).toEqual({
    text: plain,
    runs: [
      { end: at('Søk\n'), key: '' },
      { end: at('Lagre'), key: 'link:/m' },
      { end: at('til slutt\n'), key: '' },
      { end: plain.length, key: 'image:/lagre.png' },
    ],
    links: ['/m'],
    images: ['/lagre.png'],
  });
});

test('an empty block is one empty line with nothing around it', () => {
  for (const node of [
    paragraph(),
    { type: 'horizontalRule' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] },
  ]) {
    expect(blockPlainText(node)).toBe('');
    expect(blockLines(node)).toEqual([{ marker: '', lists: 0 }]);
    expect(richText(node)).toEqual({ text: '', runs: [], links: [], images: [] });
  }
});

/** Every node of a document, the document itself included: cells and list items are walked on their own too. */
function allNodes(node: JSONNode, out: JSONNode[] = []): JSONNode[] {
  out.push(node);
  for (const child of node.content ?? []) allNodes(child, out);
  return out;
}

describe('one walk gives text, lines and formatting that agree', () => {
  for (const [name, docs] of [
    ['generated guides', arbDoc],
    ['imported Markdown documents (tables, images, line breaks, nested lists)', guideDocArb],
  ] as const) {
    test(
      name,
      () => {
        fc.assert(
          fc.property(docs, (doc) => {
            for (const node of allNodes(doc)) {
              const plain = blockPlainText(node);
              expect(blockLines(node)).toHaveLength(plain.split('\n').length);
              const { text: richPlain, runs } = richText(node);
              expect(richPlain).toBe(plain);
              // The runs cover the text exactly: each ends after the one before, the last at its end,
              // and two neighbours never share a key (they would be one run).
              expect(runs.at(-1)?.end ?? 0).toBe(plain.length);
              runs.forEach((run, k) => {
                if (k === 0) return expect(run.end).toBeGreaterThan(0);
                expect(run.end).toBeGreaterThan(runs[k - 1].end);
                expect(run.key).not.toBe(runs[k - 1].key);
              });
            }
          }),
          { numRuns: 200 },
        );
      },
      60_000,
    );
  }
});
