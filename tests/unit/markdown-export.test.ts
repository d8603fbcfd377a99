import { describe, expect, test } from 'vitest';
import { blockPlainText } from '@/lib/doc/text';
import { isAddressWarning } from '@/lib/markdown/addresses';
import { exportMarkdown, importMarkdown } from '@/lib/markdown';
import { listRoutines } from '@/lib/doc/routines';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { fullGuide } from './doc-fixtures';

const text = (value: string, marks?: JSONNode['marks']): JSONNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONNode[]): JSONNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const doc = (...content: JSONNode[]): GuideDoc => ({ type: 'doc', content });
const item = (...content: JSONNode[]): JSONNode => ({ type: 'listItem', content });

describe('exportMarkdown', () => {
  test('front matter comes first as YAML, and only when there is some', () => {
    const markdown = exportMarkdown({
      frontMatter: { title: 'Oversikt', language: 'no' },
      doc: doc(paragraph(text('Hei'))),
    });
    expect(markdown).toBe('---\ntitle: Oversikt\nlanguage: no\n---\n\nHei\n');
    expect(exportMarkdown({ frontMatter: {}, doc: doc(paragraph(text('Hei'))) })).toBe('Hei\n');
    expect(exportMarkdown({ doc: doc(paragraph(text('Hei'))) })).toBe('Hei\n');
  });

  test('ATX headings, - bullets, numbered lists from their start, fenced code with its language', () => {
    const markdown = exportMarkdown({
      doc: doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Rutiner')] },
        {
          type: 'bulletList',
          content: [
            item(paragraph(text('a')), {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [item(paragraph(text('tre'))), item(paragraph(text('fire')))],
            }),
          ],
        },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [text('let x = 1;')] },
      ),
    });
    expect(markdown).toBe('## Rutiner\n\n- a\n\n  3. tre\n  4. fire\n\n```js\nlet x = 1;\n```\n');
  });

  test('a callout is written as <Note> with blank lines around its content', () => {
    const markdown = exportMarkdown({
      doc: doc({ type: 'callout', attrs: { kind: 'warning' }, content: [paragraph(text('Pass på'))] }),
    });
    expect(markdown).toBe('<Warning>\n\nPass på\n\n</Warning>\n');
  });

  test('a routine is written as a <Routine> tag with its attributes; empty optional ones are left out', () => {
    const routine = (attrs: Record<string, unknown>): JSONNode => ({
      type: 'routine',
      attrs,
      content: [{ type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('Søk først')))] }],
    });
    const full = exportMarkdown({
      doc: doc(
        routine({
          id: 'ny-kunde',
          title: 'Ny "kunde" & <mer>',
          what: 'Firmakort',
          owner: 'Salg',
          ownerEmail: 'kari@example.com',
          reviewBy: '2027-03-01',
        }),
      ),
    });
    expect(full).toBe(
      '<Routine id="ny-kunde" title="Ny &quot;kunde&quot; &amp; &lt;mer&gt;" what="Firmakort" owner="Salg" owner-email="kari@example.com" review-by="2027-03-01">\n\n1. Søk først\n\n</Routine>\n',
    );
    const minimal = exportMarkdown({
      doc: doc(routine({ id: 'r', title: 'R', what: '', owner: '', ownerEmail: null, reviewBy: null })),
    });
    expect(minimal.split('\n')[0]).toBe('<Routine id="r" title="R" what="" owner="">');
    expect(importMarkdown(full).doc.content[0].attrs?.title).toBe('Ny "kunde" & <mer>');
  });

  test('text that would read as syntax is escaped, so it comes back as the same text', () => {
    const literal = 'Bruk <Note> eller {verdi}, *ikke* _dette_, # og | og [x](y) og import';
    const exported = exportMarkdown({ doc: doc(paragraph(text(literal))) });
    expect(exported).toContain('\\<Note>');
    expect(exported).toContain('\\{verdi}');
    expect(exported).toContain('\\*ikke\\*');
    expect(importMarkdown(exported).doc.content).toEqual([paragraph(text(literal))]);
    expect(importMarkdown(exported, { fileName: 'a.md' }).doc.content).toEqual([paragraph(text(literal))]);

    const leadingImport = exportMarkdown({ doc: doc(paragraph(text('import X from "y"'))) });
    expect(importMarkdown(leadingImport)).toMatchObject({
      doc: doc(paragraph(text('import X from "y"'))),
      warnings: [],
    });
  });

  test('GFM tables with alignment; hard breaks in cells are <br />', () => {
    const cell = (type: string, align: string | null, ...inline: JSONNode[]): JSONNode => ({
      type,
      ...(align ? { attrs: { align } } : {}),
      content: [paragraph(...inline)],
    });
    const table: JSONNode = {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'left', text('Felt')), cell('tableHeader', null, text('Hvem'))],
        },
        {
          type: 'tableRow',
          content: [
            cell('tableCell', 'left', text('a|b')),
            cell('tableCell', null, text('en'), { type: 'hardBreak' }, text('to')),
          ],
        },
      ],
    };
    const markdown = exportMarkdown({ doc: doc(table) });
    expect(markdown).toBe('| Felt | Hvem       |\n| :--- | ---------- |\n| a\\|b | en<br />to |\n');
    expect(importMarkdown(markdown).doc.content).toEqual([table]);
  });

  test('a table cell with several paragraphs or lists is flattened: lines joined by <br /><br />', () => {
    const table: JSONNode = {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              content: [paragraph(text('en')), { type: 'bulletList', content: [item(paragraph(text('to')))] }],
            },
          ],
        },
      ],
    };
    const markdown = exportMarkdown({ doc: doc(table) });
    expect(markdown.split('\n')[0]).toBe('| en<br /><br />to |');
    const cell = importMarkdown(markdown).doc.content[0].content?.[0].content?.[0];
    expect(cell?.content).toEqual([paragraph(text('en'), { type: 'hardBreak' }, { type: 'hardBreak' }, text('to'))]);
  });

  test('underline is <u>; a line break at the end of a paragraph is <br />; others are a backslash', () => {
    const markdown = exportMarkdown({
      doc: doc(paragraph(text('a', [{ type: 'underline' }]), { type: 'hardBreak' }, text('b'), { type: 'hardBreak' })),
    });
    expect(markdown).toBe('<u>a</u>\\\nb<br />\n');
  });

  test('two lists in a row stay two lists', () => {
    const lists = doc(
      { type: 'bulletList', content: [item(paragraph(text('a')))] },
      { type: 'bulletList', content: [item(paragraph(text('b')))] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('c')))] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('d')))] },
    );
    const markdown = exportMarkdown({ doc: lists });
    expect(importMarkdown(markdown).doc).toEqual(lists);
  });

  test('a document from the editor with empty paragraphs exports them as nothing', () => {
    expect(exportMarkdown({ doc: doc(paragraph(), paragraph(text('x')), paragraph()) })).toBe('x\n');
  });

  test('a guide as the editor writes it (every attribute, defaults included) reads back with the same content', () => {
    const guide = fullGuide();
    const markdown = exportMarkdown({ frontMatter: { title: 'Rutiner' }, doc: guide });
    const back = importMarkdown(markdown);
    expect(back.warnings.filter((warning) => !isAddressWarning(warning))).toEqual([]);
    expect(back.frontMatter).toEqual({ title: 'Rutiner' });
    expect(back.doc.content.map(blockPlainText)).toEqual(guide.content.map(blockPlainText));
    expect(listRoutines(back.doc)).toEqual(listRoutines(guide));
    expect(exportMarkdown(back)).toBe(markdown);
  });
});
