import { describe, expect, test } from 'vitest';
import { blockPlainText, importMarkdown } from '@/lib/markdown';
import { richText } from '@/lib/diff/text';

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
