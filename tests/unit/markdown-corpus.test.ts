import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { isAddressWarning } from '@/lib/markdown/addresses';
import { exportMarkdown, importMarkdown } from '@/lib/markdown';
import { guideSchema } from '@/lib/doc/validate';
import type { JSONNode } from '@/lib/doc/types';
import { corpusAndSeedFiles, sharedDir } from '../helpers/shared';

/** Real documentation pages (SuperOffice docs, MIT): the importer's test data. */
const SEED = path.join(sharedDir(), 'seed', 'onboard-users.no.md');

const files = corpusAndSeedFiles();

function count(node: JSONNode, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + count(child, type), 0);
}

function texts(node: JSONNode): JSONNode[] {
  return node.type === 'text' ? [node] : (node.content ?? []).flatMap(texts);
}

describe('Markdown corpus', () => {
  test('the corpus is there (about 190 pages, with the seed history)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((file) => file.includes('seed-history'))).toBe(true);
  });

  test.each(files.map((file) => [path.relative(sharedDir(), file), file]))('%s', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const first = importMarkdown(source, { fileName: path.basename(file) });
    guideSchema().nodeFromJSON(first.doc).check();

    // Every callout tag that starts a line becomes a callout, and none is left behind as text.
    const calloutLines = source
      .split('\n')
      .filter((line) => /^\s*(?:>\s*)*<(Note|Tip|Important|Warning|Caution)>/i.test(line));
    expect(count(first.doc, 'callout')).toBe(calloutLines.length);
    const leftover = texts(first.doc).filter(
      (text) =>
        !text.marks?.some((mark) => mark.type === 'code') &&
        /<\/?(Note|Tip|Important|Warning|Caution)>/.test(text.text ?? ''),
    );
    expect(leftover).toEqual([]);

    const markdown = exportMarkdown(first);
    const again = importMarkdown(markdown);
    expect(again.doc).toEqual(first.doc);
    expect(again.frontMatter).toEqual(first.frontMatter);
    // Nothing is left to report but where relative addresses point (the same links as before).
    expect(again.warnings.filter((warning) => !isAddressWarning(warning))).toEqual([]);
  });

  test('the seed article keeps its front matter, headings and resolved reference links', () => {
    const { frontMatter, doc } = importMarkdown(fs.readFileSync(SEED, 'utf8'), { fileName: 'onboard-users.no.md' });
    expect(frontMatter).toMatchObject({ uid: 'help-no-admin-onboard', title: 'Oversikt', language: 'no' });
    expect(doc.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Få brukerne dine med på laget' }],
    });
    const hrefs = texts(doc).flatMap((text) =>
      (text.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.attrs.href] : [])),
    );
    expect(hrefs).toEqual([
      'https://community.superoffice.com/no/support-faqs/faq/what-is-superoffice-web-tools-and-what-does-it-do/',
      '../../webtools/learn/install.md',
      'https://community.superoffice.com/en/learning/best-practices-tips/standard-crm/web-tools-work-faster-with-email-and-documents/',
    ]);
  });
});
